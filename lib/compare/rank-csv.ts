import type { FieldDef } from "@/lib/instrument/fields";
import { recordsToCsv } from "@/lib/import/export-csv";

export const RANK_COLUMNS = [
  "rank",
  "unit_type",
  "code",
  "name",
  "n",
  "readiness",
  "stratum",
  "institution",
  "activity",
  "performance",
  "connectivity",
  "social_capital",
  "policy_support",
] as const;

export type RankRecord = Record<(typeof RANK_COLUMNS)[number], string | number | null>;

const columns: FieldDef[] = RANK_COLUMNS.map((name) => ({ name, type: "text", required: false, group: "rank", label: { id: name, en: name } }));

/** The ranking as CSV, through the export's one formula neutraliser (a unit name may start with "="). */
export function rankToCsv(records: readonly RankRecord[]): string {
  return recordsToCsv(columns, records);
}
