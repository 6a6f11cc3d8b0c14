import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { rejectedRowsCsv } from "./rejected-csv";

describe("rejectedRowsCsv", () => {
  it("gives the rejected rows as written, an error column in the user's language, formulas neutralised", () => {
    const csv = rejectedRowsCsv(
      ["respondent_id", "value_added"],
      [{ line: 3, cells: { respondent_id: "=cmd()", value_added: "75%" }, errors: [{ line: 3, column: "value_added", text: { id: "kode tidak dikenal", en: "unknown code" } }] }],
      "id",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\n");
    expect(lines[0]).toBe("respondent_id,value_added,error");
    expect(lines[1]).toBe("'=cmd(),75%,\"baris 3, kolom value_added: kode tidak dikenal\"");
  });

  // issue 8 item 8: leading whitespace does not hide a formula from a spreadsheet
  it.each([
    ["=cmd()", "'=cmd()"],
    ["\t=cmd()", "'\t=cmd()"],
    [" +62 812", "' +62 812"],
    ["\u00a0-2+3", "'\u00a0-2+3"],
    ["\t \u00a0@SUM(A1)", "'\t \u00a0@SUM(A1)"],
    ["\u2007=1", "'\u2007=1"],
    [" '=x", "' '=x"],
    ["keripik -pisang", "keripik -pisang"],
    [" plain", " plain"],
  ])("the rejected-rows CSV neutralises %j as %j", (cell, expected) => {
    const csv = rejectedRowsCsv(["product"], [{ line: 2, cells: { product: cell }, errors: [{ line: 2, text: { id: "x", en: "x" } }] }], "en");
    const row = parse(csv.slice(1), { relax_column_count: true })[1] as string[];
    expect(row[0]).toBe(expected);
  });
});
