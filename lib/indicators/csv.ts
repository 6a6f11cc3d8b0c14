import { stringify } from "csv-stringify/sync";
import type { Locale } from "@/lib/i18n/config";
import { neutraliseFormula } from "@/lib/import/export-csv";
import { formatShare } from "./percent";
import type { IndicatorTable } from "./tables";

export const INDICATOR_CSV_HEADER = ["field", "code", "label", "n", "pct", "total"] as const;

/**
 * Every table as long-format rows: UTF-8 with BOM, CRLF, pct with one decimal in the user's
 * locale (69,3 / 69.3, both read back by parseLocaleNumber); text cells never start a formula.
 */
export function indicatorTablesToCsv(tables: readonly IndicatorTable[], locale: Locale): string {
  const rows = tables.flatMap((t) =>
    t.rows.map((r) => [t.field, neutraliseFormula(r.code), neutraliseFormula(r.label), String(r.n), formatShare(r.share, locale).replace(/\s/g, ""), String(t.total)]),
  );
  return "\uFEFF" + stringify([[...INDICATOR_CSV_HEADER], ...rows], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
