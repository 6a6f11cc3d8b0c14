import { describe, expect, it } from "vitest";
import { formatMessage, quote, type ImportMessage } from "./messages";

const text = { id: "kalimat", en: "sentence" };

describe("formatMessage", () => {
  it.each([
    [{ line: 14, column: "value_added", text }, "baris 14, kolom value_added: kalimat", "line 14, column value_added: sentence"],
    [{ line: 3, text }, "baris 3: kalimat", "line 3: sentence"],
    [{ column: "gender", text }, "kolom gender: kalimat", "column gender: sentence"],
    [{ text }, "kalimat", "sentence"],
  ] as [ImportMessage, string, string][])("places %j", (m, id, en) => {
    expect(formatMessage(m, "id")).toBe(id);
    expect(formatMessage(m, "en")).toBe(en);
  });
});

describe("quote", () => {
  it("cuts long values short", () => {
    expect(quote("75%")).toBe("'75%'");
    expect(quote("x".repeat(50))).toBe(`'${"x".repeat(40)}…'`);
  });
});
