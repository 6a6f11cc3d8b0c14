import { describe, expect, it } from "vitest";
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
});
