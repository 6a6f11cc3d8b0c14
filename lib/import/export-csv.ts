import { stringify } from "csv-stringify/sync";
import { RESPONDENT_FIELDS, type FieldDef, type RespondentRecord } from "@/lib/instrument/fields";
import { formatLocaleNumber } from "./numbers";

/**
 * Spreadsheet programs run a cell starting with = + - @ as a formula; a leading ' makes it text.
 * Text already starting with ' before such a character gets one more, so the import's removal
 * of one apostrophe (cells.ts) gives it back exactly.
 */
export function neutraliseFormula(text: string): string {
  return /^'*[=+\-@]/.test(text) ? `'${text}` : text;
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(" ");
  if (typeof value === "number") return formatLocaleNumber(value);
  return neutraliseFormula(String(value));
}

/** Records in the import format of their field list: UTF-8 with BOM, `,`, one column per field. */
export function recordsToCsv(fields: readonly FieldDef[], records: readonly object[]): string {
  const header = fields.map((f) => f.name);
  const rows = records.map((r) => fields.map((f) => cellOf((r as Record<string, unknown>)[f.name])));
  // CRLF between records; any line break inside a cell is quoted (stringify only quotes "\r\n" itself)
  return "\uFEFF" + stringify([header, ...rows], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** The respondents export; it imports back unchanged with parseRespondents. */
export function respondentsToCsv(records: RespondentRecord[]): string {
  return recordsToCsv(RESPONDENT_FIELDS, records);
}

/**
 * Any table the portal offers as CSV (scores, rankings, districts): header and rows in the
 * user's locale, text through the one formula neutraliser, decimals quoted when they hold the
 * delimiter ("100,0" stays one cell), UTF-8 with BOM, CRLF.
 */
export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], formatNumber: (n: number) => string): string {
  const cell = (v: string | number | null) => (v === null ? "" : typeof v === "number" ? formatNumber(v) : neutraliseFormula(v));
  return "\uFEFF" + stringify([header.map(neutraliseFormula), ...rows.map((r) => r.map(cell))], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
