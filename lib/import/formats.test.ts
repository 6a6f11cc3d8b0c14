import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import { parseRespondents } from "./respondents";
import { OPTIONS, RESPONDENT_ROW, bytesOf, csvOf, rowsWith } from "./test-helpers";

// The same respondents in each accepted file format give the same records.

const NUMERIC = new Set(["age", "ir_continuity", "ir_capital", "ir_legality", "ir_market", "ir_labour", "ir_management"]);

async function asXlsx(rows: Record<string, string>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Responden");
  const header = Object.keys(rows[0] ?? {});
  sheet.addRow(header);
  // numbers typed as numbers, as a spreadsheet user would
  for (const r of rows) sheet.addRow(header.map((h) => (NUMERIC.has(h) && r[h] !== "" ? Number(r[h]) : r[h])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function parseBytes(bytes: Uint8Array, name: string) {
  const table = await readTable(bytes, name);
  if (!table.ok) throw new Error(table.error.text.en);
  return parseRespondents(table, OPTIONS);
}

const ROWS = rowsWith(RESPONDENT_ROW, { age: "", product: "Kopi; robusta, bubuk", supporting_institutions: "" }, 3);

describe("one file, every format", () => {
  it("reads CSV with commas, CSV with semicolons and a BOM, and XLSX into the same records", async () => {
    const comma = await parseBytes(bytesOf(csvOf(ROWS)), "a.csv");
    const semicolon = await parseBytes(bytesOf("\uFEFF" + csvOf(ROWS, ";").replace(/\n/g, "\r\n")), "b.csv");
    const xlsx = await parseBytes(await asXlsx(ROWS), "c.xlsx");
    expect(comma.errors).toEqual([]);
    expect(comma.rows).toHaveLength(2);
    expect(semicolon).toEqual(comma);
    expect(xlsx).toEqual(comma);
    expect(comma.rows[1]?.record).toMatchObject({ age: null, product: "Kopi; robusta, bubuk", supporting_institutions: [] });
  });

  it("reports XLSX errors on the sheet's row and column", async () => {
    const rows = rowsWith(RESPONDENT_ROW, { ir_labour: "7" }, 4);
    const r = await parseBytes(await asXlsx(rows), "c.xlsx");
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[4, "ir_labour"]]);
    expect(r.errors[0]?.text.en).toContain("'7' is out of range; use a whole number from 0 to 3");
  });
});
