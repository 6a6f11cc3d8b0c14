import { stringify } from "csv-stringify/sync";
import { CLUSTER_FIELDS, RESPONDENT_FIELDS, type FieldDef, type RespondentRecord } from "@/lib/instrument/fields";
import { formatLocaleNumber } from "./numbers";

/**
 * Spreadsheet programs run a cell starting with = + - @ as a formula, also after leading tabs,
 * spaces or no-break spaces (JS `\s` covers them); a leading ' makes it text. Text already
 * starting with ' before such a character gets one more, so the import's removal of one
 * apostrophe (cells.ts) gives it back exactly. Every CSV the portal writes goes through here.
 */
export const FORMULA_LIKE = /^\s*'*\s*[=+\-@]/;
export function neutraliseFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

function cellOf(value: unknown, formatNumber: (n: number) => string): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(" ");
  if (typeof value === "number") return formatNumber(value);
  return neutraliseFormula(String(value));
}

/**
 * Any table as CSV for spreadsheets (exports, scores, rankings, districts, audit): UTF-8 with
 * BOM, `,`, CRLF, every text cell neutralised, numbers in the user's locale and quoted when
 * they hold the delimiter ("100,0" stays one cell).
 */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  formatNumber: (n: number) => string = formatLocaleNumber,
): string {
  // any line break inside a cell is quoted (stringify only quotes "\r\n" itself)
  return "\uFEFF" + stringify([header.map(neutraliseFormula), ...rows.map((r) => r.map((v) => cellOf(v, formatNumber)))], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** Records in the import format of their field list: UTF-8 with BOM, `,`, one column per field. */
export function recordsToCsv(fields: readonly FieldDef[], records: readonly object[]): string {
  return tableToCsv(
    fields.map((f) => f.name),
    records.map((r) => fields.map((f) => (r as Record<string, unknown>)[f.name])),
  );
}

/** The respondents export; it imports back unchanged with parseRespondents. */
export function respondentsToCsv(records: RespondentRecord[]): string {
  return recordsToCsv(RESPONDENT_FIELDS, records);
}

/** The clusters file of a round (instrument.md section 2); it imports back unchanged with parseClusters. */
export function clustersToCsv(records: readonly object[]): string {
  return recordsToCsv(CLUSTER_FIELDS, records);
}
