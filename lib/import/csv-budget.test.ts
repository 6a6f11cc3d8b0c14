import { describe, expect, it } from "vitest";
import { BUDGET } from "./budgets";
import { checkCsvBudget } from "./csv-budget";
import { readTable } from "./read-table";
import { zipExpandsWithin } from "./zip-budget";
import { expandingXlsx, wideCsv } from "@/e2e/probes/bad-files";

const SMALL = { maxColumns: 3, maxCellChars: 5, maxRows: 2 };

describe("checkCsvBudget (issue 8 item 1)", () => {
  it.each([
    ["within every limit", "a,b,c\n1,2,3\n4,5,6\n", null],
    ["a fourth column", "a,b,c\n1,2,3,4\n", { line: 2, en: "more than 3 columns" }],
    ["delimiters inside quotes do not count", 'a,b,c\n"1,2,3",2,3\n', null],
    ["a six-character cell", "a,b,c\n123456,2,3\n", { line: 2, en: "longer than 5 characters" }],
    ["a quoted cell spanning lines counts as one cell", 'a,b,c\n"12\n3456",2,3\n', { line: 2, en: "longer than 5 characters" }],
    ["a third data row", "a,b,c\n1\n2\n3\n", { line: 4, en: "more than 2 data rows" }],
    ["blank lines are not rows", "a,b,c\n1\n\n\n2\n", null],
  ])("%s", (_name, text, expected) => {
    const result = checkCsvBudget(text, ",", SMALL);
    if (expected === null) expect(result).toBeNull();
    else {
      expect(result?.line).toBe(expected.line);
      expect(result?.text.en).toContain(expected.en);
      expect(result?.text.id).not.toBe(result?.text.en);
    }
  });

  // The parse this replaces took 54-175 s. How fast the refusal is belongs to the benchmark, not
  // to a timed assertion (a loaded CI machine once took over 3 s here); the test's own timeout
  // still fails the old behaviour by a wide margin.
  it("refuses the million-column line before parsing it, with the line and a sentence in both languages", { timeout: 30_000 }, async () => {
    const file = wideCsv("village_code,year");
    const read = await readTable(file, "wide.csv");
    expect(read).toMatchObject({ ok: false, error: { line: 2 } });
    if (!read.ok) {
      expect(read.error.text.id).toContain(`lebih dari ${BUDGET.maxColumns} kolom`);
      expect(read.error.text.en).toContain(`more than ${BUDGET.maxColumns} columns`);
    }
  });
});

describe("zipExpandsWithin", () => {
  it("stops counting as soon as the limit is passed, without holding the expanded XML", async () => {
    const bomb = await expandingXlsx(["respondent_id"], 100, false);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await zipExpandsWithin(bomb, 10 * 1024 * 1024)).toBe("too_large");
    expect(await zipExpandsWithin(bomb, 200 * 1024 * 1024)).toBe("ok");
    expect(await zipExpandsWithin(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 1000)).toBe("unreadable");
  }, 60_000);
});
