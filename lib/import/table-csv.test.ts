import { describe, expect, it } from "vitest";
import { tableToCsv } from "./export-csv";
import { parseCsvRows } from "./read-csv";

const id = (n: number) => new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

describe("tableToCsv (scores, rankings, districts)", () => {
  const csv = tableToCsv(["Unit", "Kesiapan", "Dukungan kebijakan"], [["Canti", 2.04, 100], ["=HYPERLINK(\"x\")", null, 37.5]], id);

  it("keeps an Indonesian decimal comma inside one cell", () => {
    const parsed = parseCsvRows(csv.slice(1));
    if (!parsed.ok) throw new Error("unreadable");
    expect(parsed.rows.map((r) => r.cells.length)).toEqual([3, 3, 3]);
    expect(parsed.rows[1]!.cells).toEqual(["Canti", "2,0", "100,0"]);
  });

  it("neutralises a formula-looking cell and leaves blanks empty", () => {
    const parsed = parseCsvRows(csv.slice(1));
    if (!parsed.ok) throw new Error("unreadable");
    expect(parsed.rows[2]!.cells).toEqual(["'=HYPERLINK(\"x\")", "", "37,5"]);
  });

  it("is UTF-8 with BOM and CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
  });
});
