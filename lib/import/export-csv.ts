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

/** Any table as CSV for spreadsheets: UTF-8 with BOM, `,`, CRLF, every text cell neutralised. */
export function tableToCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // any line break inside a cell is quoted (stringify only quotes "\r\n" itself)
  return "\uFEFF" + stringify([[...header], ...rows.map((r) => r.map(cellOf))], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
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
