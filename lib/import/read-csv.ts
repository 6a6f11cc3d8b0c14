import { Parser } from "csv-parse";
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

/**
 * Text fed piece by piece until its first non-blank line is complete, which is all
 * `detectDelimiter` reads: then the delimiter is the whole text's. Searches each piece once.
 */
export function delimiterWaiter() {
  let held = "";
  let content = -1; // where the first non-blank character is, once seen
  return {
    /** the text held so far with `piece`, and the delimiter once it is known */
    take(piece: string, end = false): { delimiter: "," | ";"; text: string } | null {
      const from = held.length;
      held += piece;
      if (content === -1) {
        const at = piece.search(/\S/);
        if (at !== -1) content = from + at;
      }
      if (!end && (content === -1 || held.indexOf("\n", Math.max(from, content)) === -1)) return null;
      const text = held;
      held = "";
      return { delimiter: detectDelimiter(text), text };
    },
  };
}

function csvError(e: unknown): ImportMessage {
  const err = e as { code?: string; lines?: number };
  if (err.code === "CSV_QUOTE_NOT_CLOSED") return { text: readText.quoteNotClosed };
  return { ...(typeof err.lines === "number" ? { line: err.lines } : {}), text: readText.unreadableCsv };
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) n++;
  return n;
}

export type CsvRows = { push(text: string): void; end(): void; readonly error: ImportMessage | null };

/**
 * RFC 4180 records of a decoded CSV text fed piece by piece, each with the line it starts on
 * (a quoted cell may span lines and pieces). Line breaks become "\n"; rows whose cells are all
 * blank (`;;;` from a spreadsheet) are dropped like empty lines. After an error, nothing more.
 */
export function csvRows(onRow: (row: Row) => void): CsvRows {
  const waiter = delimiterWaiter();
  let parser: Parser | null = null;
  let carriageReturn = false; // the last piece ended with \r: its \n may start the next one
  let line = 1;
  let error: ImportMessage | null = null;

  const drain = (p: Parser) => {
    for (let record: string[] | null; (record = p.read() as string[] | null) !== null; ) {
      const start = line;
      // every line break is a record's end or inside one of its cells (empty lines are records of one blank cell)
      line += 1 + newlines(record);
      if (record.some((c) => c.trim() !== "")) onRow({ line: start, cells: record });
    }
    if (p.errored) error = csvError(p.errored);
  };
  const feed = (text: string, end: boolean) => {
    if (!parser) {
      const ready = waiter.take(text, end);
      if (!ready) return;
      parser = new Parser({
        delimiter: ready.delimiter,
        relax_column_count: true,
        relax_quotes: true, // an inch mark in an unquoted cell (keripik 5") is kept as written
        // records are read as each piece is written; none waits on back-pressure
        ...({ highWaterMark: Number.MAX_SAFE_INTEGER } as object),
      });
      parser.on("error", () => {}); // read from `errored` after each write
      text = ready.text;
    }
    if (text !== "") parser.write(text);
    if (end) parser.end();
    drain(parser);
  };
  return {
    push(text) {
      if (error) return;
      let t = carriageReturn ? `\r${text}` : text;
      carriageReturn = t.endsWith("\r");
      if (carriageReturn) t = t.slice(0, -1);
      feed(t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t, false);
    },
    end() {
      if (error) return;
      feed(carriageReturn ? "\n" : "", true);
    },
    get error() {
      return error;
    },
  };
}

/** The records of a whole decoded CSV text (csvRows in one piece). */
export function parseCsvRows(text: string): { ok: true; rows: Row[] } | { ok: false; error: ImportMessage } {
  const rows: Row[] = [];
  const reader = csvRows((row) => rows.push(row));
  reader.push(text);
  reader.end();
  return reader.error ? { ok: false, error: reader.error } : { ok: true, rows };
}
