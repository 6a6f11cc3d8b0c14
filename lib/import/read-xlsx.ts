import type ExcelJS from "exceljs";
import { BUDGET, budgetText, type Budget } from "./budgets";
import type { ImportMessage } from "./messages";
import { formatLocaleNumber } from "./numbers";
import { zipExpandsWithin } from "./zip-budget";
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

/**
 * The non-blank rows of the first sheet, numbered as the spreadsheet numbers them; null if
 * unreadable; an error when the file is over budget (checked on the zip before parsing).
 */
export async function readXlsxRows(bytes: Uint8Array, budget: Budget = BUDGET): Promise<Row[] | { error: ImportMessage } | null> {
  const size = await zipExpandsWithin(bytes, budget.maxXlsxExpandedMb * 1024 * 1024);
  if (size === "unreadable") return null;
  if (size === "too_large") return { error: { text: budgetText.xlsxTooLarge(budget.maxXlsxExpandedMb) } };
  // loaded only for an XLSX: a CSV upload's worker thread starts without it
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  if (sheet.actualRowCount > budget.maxRows + 1) return { error: { text: budgetText.tooManyRows(budget.maxRows) } };
  const rows: Row[] = [];
  let over: ImportMessage | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (over) return;
    if (row.cellCount > budget.maxColumns) {
      over = { line, text: budgetText.tooManyColumns(budget.maxColumns) };
      return;
    }
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellToText(row.getCell(i + 1).value));
    if (cells.some((c) => c.length > budget.maxCellChars)) over = { line, text: budgetText.cellTooLong(budget.maxCellChars) };
    else if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells });
  });
  return over ? { error: over } : rows;
}
