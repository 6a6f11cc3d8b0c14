import ExcelJS from "exceljs";
import { formatLocaleNumber } from "./numbers";
import type { Row } from "./read-csv";

type Value = ExcelJS.CellValue | undefined;

function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** A cell as the text a user sees in it; formulas give their cached result, never the formula. */
export function cellToText(value: Value): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  // non-integers with a decimal comma, so "1.125" cannot be read back as 1125 (numbers.ts)
  if (typeof value === "number") return formatLocaleNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellToText(value.result as Value);
  if ("hyperlink" in value) return cellToText(value.text as Value);
  if ("error" in value) return String(value.error);
  return "";
}

/** The non-blank rows of the first sheet, numbered as the spreadsheet numbers them; null if unreadable. */
export async function readXlsxRows(bytes: Uint8Array): Promise<Row[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellToText(row.getCell(i + 1).value));
    if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells });
  });
  return rows;
}
