import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUDGET, type Budget } from "./budgets";
import type { Row } from "./read-csv";
import { readTable, tableReader, type ReadResult } from "./read-table";
import { bytesOf } from "./test-helpers";

/** A file fed to tableReader in pieces of the given sizes (cycled), as the worker reads an upload. */
async function inPieces(bytes: Uint8Array, sizes: number[], budget: Budget = BUDGET, name = "data.csv"): Promise<ReadResult> {
  let header: string[] = [];
  let headerLine = 1;
  const rows: Row[] = [];
  const reader = tableReader(name, { header: (h, line) => ((header = h), (headerLine = line)), row: (r) => rows.push(r) }, budget);
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = sizes[k % sizes.length]!;
    reader.push(bytes.subarray(i, i + n));
    i += n;
  }
  const error = await reader.end();
  return error ? { ok: false, error } : { ok: true, header, rows, headerLine };
}

const join = (...parts: (string | Uint8Array)[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? bytesOf(p) : p)));
/** more than the 8 KB the reader holds before it starts, so the rest really arrives in pieces */
const filler = (rows: number) => Array.from({ length: rows }, (_, i) => `${i},x${i}\n`).join("");

describe("tableReader: an upload read in pieces", () => {
  it("numbers rows whose quoted cells span lines and pieces by the line they start on", async () => {
    const text = `a,b\r\n${filler(900)}"one\r\ntwo\nthree",é\r\n\r\nlast,"x\n\ny"\n${filler(3)}`;
    const whole = await readTable(bytesOf(text), "data.csv");
    for (const sizes of [[1], [7], [3, 1, 4096], [8200, 2, 5]]) {
      const read = await inPieces(bytesOf(text), sizes);
      expect(read).toEqual(whole);
      if (!read.ok) throw new Error("unreadable");
      const tail = read.rows.slice(900);
      // header on line 1, 900 filler rows on lines 2–901; the blank line 905 is skipped
      expect(tail.map((r) => [r.line, r.cells])).toEqual([
        [902, ["one\ntwo\nthree", "é"]],
        [906, ["last", "x\n\ny"]],
        [909, ["0", "x0"]],
        [910, ["1", "x1"]],
        [911, ["2", "x2"]],
      ]);
    }
  });

  it.each([
    ["a NUL byte after a row over budget", join("a,b\n", filler(1000), "1,2,3,4,5\n", filler(500), new Uint8Array([0])), "is not a CSV or XLSX file"],
    ["a Latin-1 byte after an unclosed quote", join("a,b\n", filler(1000), '"open\n', filler(500), new Uint8Array([0xe9]), "\n"), "line 1503"],
    ["a row over budget after an unclosed quote", join("a,b\n", filler(1000), '"open,', "x".repeat(20), "\n"), "longer than 12 characters"],
    ["too many rows", join("a,b\n", filler(2000)), "more than 1500 data rows"],
  ])("answers the same file error as a whole read: %s", async (_, bytes, says) => {
    const budget: Budget = { ...BUDGET, maxColumns: 4, maxCellChars: 12, maxRows: 1500 };
    const whole = await readTable(bytes, "data.csv", budget);
    expect(await inPieces(bytes, [997], budget)).toEqual(whole);
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(`line ${whole.error.line}: ${whole.error.text.en}`).toContain(says);
  });

  it("reads any file the same in pieces as whole", async () => {
    const alphabet = ["a", "1", ",", ";", '"', "\n", "\r\n", "\r", " ", "é", "\u2028", "\t", '""'];
    const tail = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((xs) => xs.join(""));
    const damage = fc.constantFrom(null, 0x00, 0xe9, 0xc3);
    const budget = fc.constantFrom<Budget>(BUDGET, { ...BUDGET, maxColumns: 5, maxCellChars: 8, maxRows: 1200 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1500 }), tail, damage, budget, fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }), async (rows, text, bad, b, sizes) => {
        const bytes = join(rows > 0 ? `h1,h2\n${filler(rows)}` : "", text, bad === null ? "" : new Uint8Array([bad]), text);
        expect(await inPieces(bytes, sizes, b)).toEqual(await readTable(bytes, "data.csv", b));
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
