import { BUDGET, budgetText, type Budget } from "./budgets";
import { csvFileReader, startsWith, type CsvFileReader } from "./csv-file";
import type { ImportMessage } from "./messages";
import type { Row } from "./read-csv";
import { readText } from "./read-texts";
import { readXlsxRows } from "./read-xlsx";

/** A header and its data rows; line 1 is the header (XLSX: the sheet's row numbers). */
export type Table = { header: string[]; rows: Row[]; headerLine?: number };
export type ReadResult = ({ ok: true } & Table) | { ok: false; error: ImportMessage };

/** Where a file's table goes as it is read: the header row first, then each data row. */
export type TableSink = { header(header: string[], line: number): void; row(row: Row): void };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Rows to a sink: the first non-blank row is the header; the end says when there was none, or nothing under it. */
function tableRows(sink: TableSink) {
  let headerLine: number | null = null;
  let data = 0;
  return {
    row(row: Row) {
      if (headerLine !== null) {
        data++;
        sink.row(row);
        return;
      }
      headerLine = row.line;
      // spreadsheets often carry empty cells after the last named column
      const header = [...row.cells];
      while (header.length > 0 && header[header.length - 1]?.trim() === "") header.pop();
      sink.header(header, row.line);
    },
    end(): ImportMessage | null {
      if (headerLine === null) return { text: readText.empty };
      return data === 0 ? { line: headerLine, text: readText.headerOnly } : null;
    },
  };
}

export type TableReader = {
  push(bytes: Uint8Array): void;
  /** the file's error, if any, once every byte is in */
  end(): Promise<ImportMessage | null>;
  /** an error is already known: rows given so far are not the file's */
  readonly failed: boolean;
};

/**
 * An uploaded CSV (UTF-8, `,` or `;`) or XLSX (first sheet), recognised by content, read as its
 * bytes come: a CSV's rows reach the sink while it is read; a workbook is read whole at the end.
 * A name ending .xlsx must hold a workbook.
 */
export function tableReader(fileName: string, sink: TableSink, budget: Budget = BUDGET): TableReader {
  const table = tableRows(sink);
  let size = 0;
  let first: Uint8Array | null = new Uint8Array(0); // until the first 4 bytes say what the file is
  let error: ImportMessage | null = null;
  let csv: CsvFileReader | null = null;
  let workbook: Uint8Array[] | null = null;

  const begin = (bytes: Uint8Array) => {
    if (startsWith(bytes, ZIP)) workbook = [];
    // a text file named .xlsx was renamed, not saved as a workbook: say so instead of guessing
    else if (/\.xlsx$/i.test(fileName)) error = { text: readText.notXlsxInside(fileName) };
    else csv = csvFileReader(fileName, (row) => table.row(row), budget);
  };
  const take = (bytes: Uint8Array) => {
    if (workbook) workbook.push(bytes);
    else csv?.push(bytes);
  };
  return {
    push(bytes) {
      if (error) return;
      size += bytes.length;
      if (size > budget.maxFileMb * 1024 * 1024) {
        error = { text: budgetText.fileTooLarge(budget.maxFileMb) };
        return;
      }
      if (first) {
        const joined = first.length === 0 ? bytes : Buffer.concat([first, bytes]);
        if (joined.length < ZIP.length) {
          first = joined;
          return;
        }
        first = null;
        begin(joined);
        if (!error) take(joined);
      } else take(bytes);
    },
    async end() {
      if (size === 0) return { text: readText.empty };
      if (first) {
        begin(first);
        if (!error) take(first);
        first = null;
      }
      if (error) return error;
      if (workbook) {
        const read = await readXlsxRows(Buffer.concat(workbook), budget);
        workbook = null;
        if (read === null) return { text: readText.badXlsx(fileName) };
        if ("error" in read) return read.error;
        for (const row of read) table.row(row);
        return table.end();
      }
      return csv!.end() ?? table.end();
    },
    get failed() {
      return error !== null || (csv?.failed ?? false);
    },
  };
}

/** Reads a whole uploaded file (tableReader in one piece). */
export async function readTable(bytes: Uint8Array, fileName: string, budget: Budget = BUDGET): Promise<ReadResult> {
  let header: string[] = [];
  let headerLine = 1;
  const rows: Row[] = [];
  const reader = tableReader(fileName, { header: (h, line) => ((header = h), (headerLine = line)), row: (r) => rows.push(r) }, budget);
  reader.push(bytes);
  const error = await reader.end();
  return error ? { ok: false, error } : { ok: true, header, rows, headerLine };
}
