import { parse } from "csv-parse/sync";
import type { ImportMessage } from "./messages";
import { readText } from "./read-texts";

export type Row = { line: number; cells: string[] };

/** The 1-based line of the first byte sequence that is not UTF-8, or null when all of it is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    decoder.decode(bytes);
    return null;
  } catch {
    // a newline byte never occurs inside a UTF-8 sequence, so each line can be checked alone
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end === -1 ? bytes.length : end;
      try {
        decoder.decode(bytes.subarray(start, stop));
      } catch {
        return line;
      }
      start = stop + 1;
    }
    return 1;
  }
}

/** `;` when the header (the first non-blank line) has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  const headerLine = /^[^\n]*\S[^\n]*$/m.exec(text)?.[0] ?? "";
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function csvError(e: unknown): ImportMessage {
  const err = e as { code?: string; lines?: number };
  if (err.code === "CSV_QUOTE_NOT_CLOSED") return { text: readText.quoteNotClosed };
  return { ...(typeof err.lines === "number" ? { line: err.lines } : {}), text: readText.unreadableCsv };
}

/**
 * RFC 4180 records of a decoded CSV text, each with the line it starts on. Rows whose cells
 * are all blank (`;;;` from a spreadsheet) are dropped like empty lines.
 */
export function parseCsvRows(text: string): { ok: true; rows: Row[] } | { ok: false; error: ImportMessage } {
  const normalised = text.replace(/\r\n?/g, "\n");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: detectDelimiter(normalised),
      info: true,
      relax_column_count: true,
      relax_quotes: true, // an inch mark in an unquoted cell (keripik 5") is kept as written
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (e) {
    return { ok: false, error: csvError(e) };
  }
  const rows = records
    .map(({ record, info }) => {
      const inner = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - inner, cells: record };
    })
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  return { ok: true, rows };
}
