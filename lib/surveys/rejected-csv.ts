import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/import/export-csv";
import { formatMessage, type ImportMessage } from "@/lib/import/messages";
import type { Locale } from "@/lib/i18n/config";

/** The rejected rows as they were, plus an `error` column, so the user can fix and re-import them. */
export function rejectedRowsCsv(
  columns: string[],
  rejected: { line: number; cells: Record<string, string>; errors: ImportMessage[] }[],
  locale: Locale,
): string {
  const header = [...columns, "error"];
  const rows = rejected.map((r) => [
    ...columns.map((c) => neutraliseFormula(r.cells[c] ?? "")),
    r.errors.map((e) => formatMessage(e, locale)).join(" | "),
  ]);
  return "\uFEFF" + stringify([header, ...rows]);
}

