import { BUDGET, budgetText, type Budget } from "./budgets";
import { checkCsvBudget } from "./csv-budget";
import type { ImportMessage } from "./messages";
import { detectDelimiter, firstNonUtf8Line, parseCsvRows, type Row } from "./read-csv";
import { readText } from "./read-texts";
import { readXlsxRows } from "./read-xlsx";

/** A header and its data rows; line 1 is the header (XLSX: the sheet's row numbers). */
export type Table = { header: string[]; rows: Row[]; headerLine?: number };
export type ReadResult = ({ ok: true } & Table) | { ok: false; error: ImportMessage };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old binary .xls
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BINARY = [[0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x1f, 0x8b], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]];

/** NUL bytes or many control characters: an image, an archive, a program, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, 8192);
  const control = sample.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d).length;
  return control > sample.length / 100 || BINARY.some((m) => startsWith(bytes, m));
}

function toTable(rows: Row[] | null, fileName: string): ReadResult {
  if (rows === null) return { ok: false, error: { text: readText.badXlsx(fileName) } };
  const [head, ...data] = rows;
  if (!head) return { ok: false, error: { text: readText.empty } };
  if (data.length === 0) return { ok: false, error: { line: head.line, text: readText.headerOnly } };
  // spreadsheets often carry empty cells after the last named column
  const header = [...head.cells];
  while (header.length > 0 && header[header.length - 1]?.trim() === "") header.pop();
  return { ok: true, header, rows: data, headerLine: head.line };
}

function readCsv(bytes: Uint8Array, fileName: string, budget: Budget): ReadResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, error: { text: readText.utf16 } };
  if (startsWith(bytes, OLE)) return { ok: false, error: { text: readText.oldExcel } };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, error: { text: readText.notATable(fileName) } };
  const badLine = firstNonUtf8Line(body);
  if (badLine !== null) return { ok: false, error: { line: badLine, text: readText.notUtf8 } };
  const text = new TextDecoder("utf-8").decode(body);
  if (text.trim() === "") return { ok: false, error: { text: readText.empty } };
  const over = checkCsvBudget(text, detectDelimiter(text), budget);
  if (over) return { ok: false, error: over };
  const parsed = parseCsvRows(text);
  return parsed.ok ? toTable(parsed.rows, fileName) : { ok: false, error: parsed.error };
}

/** Reads an uploaded CSV (UTF-8, `,` or `;`) or XLSX (first sheet), recognised by content; a name ending .xlsx must hold a workbook. */
export async function readTable(bytes: Uint8Array, fileName: string, budget: Budget = BUDGET): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: { text: readText.empty } };
  if (bytes.length > budget.maxFileMb * 1024 * 1024) return { ok: false, error: { text: budgetText.fileTooLarge(budget.maxFileMb) } };
  if (startsWith(bytes, ZIP)) {
    const read = await readXlsxRows(bytes, budget);
    return read !== null && "error" in read ? { ok: false, error: read.error } : toTable(read, fileName);
  }
  // a text file named .xlsx was renamed, not saved as a workbook: say so instead of guessing
  if (/\.xlsx$/i.test(fileName)) return { ok: false, error: { text: readText.notXlsxInside(fileName) } };
  return readCsv(bytes, fileName, budget);
}
