import { BUDGET, type Budget } from "./budgets";
import { csvBudgetScanner } from "./csv-budget";
import type { ImportMessage } from "./messages";
import { csvRows, delimiterWaiter, firstNonUtf8Line, type Row } from "./read-csv";
import { readText } from "./read-texts";

export const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old binary .xls
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BINARY = [[0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x1f, 0x8b], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]];
const SAMPLE = 8192;

/** Many control characters in the first 8 KB, or the magic number of an image, an archive, a PDF: not text. */
function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, SAMPLE);
  const control = sample.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d).length;
  return control > sample.length / 100 || BINARY.some((m) => startsWith(head, m));
}

/** The bytes before a UTF-8 sequence left open at the end of valid text (at most 3), which the decoder still holds. */
function openSequence(bytes: Uint8Array): Uint8Array {
  let i = bytes.length - 1;
  while (i >= 0 && i >= bytes.length - 3 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.subarray(0, 0);
  const lead = bytes[i]!;
  const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i < needs ? bytes.subarray(i) : bytes.subarray(0, 0);
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

export type CsvFileReader = { push(bytes: Uint8Array): void; end(): ImportMessage | null; readonly failed: boolean };

/**
 * A CSV upload read chunk by chunk: rows go to `onRow` as they are parsed, until the file shows
 * an error; `end` then answers the file's error exactly as reading it whole would (binary, not
 * UTF-8 with its line, blank, over budget, unreadable CSV, in that order), so after a first error
 * the rest is still scanned for one that comes before it.
 */
export function csvFileReader(fileName: string, onRow: (row: Row) => void, budget: Budget = BUDGET): CsvFileReader {
  let head: Uint8Array | null = new Uint8Array(0); // held until the first 8 KB are in
  let final: ImportMessage | null = null; // an error nothing later can come before (UTF-16, .xls, binary)
  let notUtf8: number | null = null;
  let text = false; // a non-blank character seen
  let overBudget: ImportMessage | null = null;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let newlinesBefore = 0; // in the bytes decoded so far
  let tail: Uint8Array = new Uint8Array(0); // of the bytes decoded so far, a sequence still open
  const budgetWaiter = delimiterWaiter();
  let scanner: ReturnType<typeof csvBudgetScanner> | null = null;
  const rows = csvRows(onRow);
  const failed = () => final !== null || notUtf8 !== null || overBudget !== null || rows.error !== null;

  const scanBudget = (piece: string, end: boolean) => {
    if (!scanner) {
      const ready = budgetWaiter.take(piece, end);
      if (!ready) return;
      scanner = csvBudgetScanner(ready.delimiter, budget);
      piece = ready.text;
    }
    overBudget = scanner.scan(piece);
  };
  const decoded = (piece: string, end: boolean) => {
    if (!text) text = /\S/.test(piece);
    if (overBudget) return;
    scanBudget(piece, end);
    if (overBudget || rows.error) return;
    if (piece !== "") rows.push(piece);
    if (end) rows.end();
  };
  const body = (bytes: Uint8Array, end: boolean) => {
    if (bytes.includes(0)) final = { text: readText.notATable(fileName) };
    if (final || notUtf8 !== null) return;
    let piece: string;
    try {
      piece = end ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
    } catch {
      // the bytes before `tail` decoded: the first bad sequence is in `tail` + `bytes`
      notUtf8 = newlinesBefore + (firstNonUtf8Line(new Uint8Array([...tail, ...bytes])) ?? 1);
      return;
    }
    newlinesBefore += countNewlines(bytes);
    tail = openSequence(bytes.length >= 3 ? bytes : new Uint8Array([...tail, ...bytes]));
    decoded(piece, end);
  };
  const start = (bytes: Uint8Array, end: boolean) => {
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) final = { text: readText.utf16 };
    else if (startsWith(bytes, OLE)) final = { text: readText.oldExcel };
    else {
      const rest = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
      if (looksBinary(rest)) final = { text: readText.notATable(fileName) };
      else body(rest, end);
    }
  };

  return {
    push(bytes) {
      if (final) return;
      if (head) {
        const joined = new Uint8Array(head.length + bytes.length);
        joined.set(head);
        joined.set(bytes, head.length);
        if (joined.length < UTF8_BOM.length + SAMPLE) {
          head = joined;
          return;
        }
        head = null;
        start(joined, false);
      } else body(bytes, false);
    },
    end() {
      if (head) start(head, true);
      else if (!final) body(new Uint8Array(0), true);
      head = null;
      if (final) return final;
      if (notUtf8 !== null) return { line: notUtf8, text: readText.notUtf8 };
      if (!text) return { text: readText.empty };
      return overBudget ?? rows.error;
    },
    get failed() {
      return failed();
    },
  };
}
