import { parseRespondents } from "@/lib/import/respondents";
import type { RespondentRecord } from "@/lib/instrument/fields";
import { paperRespondentRows } from "@/lib/paper-seed";

/** The paper round's 101 respondents as the import stores them (typed, validated). */
export function paperRecords(): RespondentRecord[] {
  const rows = paperRespondentRows();
  const header = Object.keys(rows[0] ?? {});
  const table = { header, rows: rows.map((r, i) => ({ line: i + 2, cells: header.map((h) => r[h] ?? "") })) };
  const parsed = parseRespondents(table, { isKnownVillage: () => true });
  if (parsed.errors.length > 0) throw new Error(`paper rows do not parse: ${JSON.stringify(parsed.errors[0])}`);
  return parsed.rows.map((r) => r.record);
}
