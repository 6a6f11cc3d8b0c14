import { describe, expect, it } from "vitest";
import { issuesByField } from "@/lib/form-data";
import { parseSelection, parseUnitRef, saveComparisonSchema } from "./selection";

describe("comparison selection", () => {
  it.each([
    { text: "village:18.01.16.2004", want: { type: "village", code: "18.01.16.2004" } },
    { text: "cluster:CANTI-KERIPIK", want: { type: "cluster", code: "CANTI-KERIPIK" } },
    { text: "province:18", want: null },
    { text: "village:", want: null },
    { text: "village:18 01", want: null },
    { text: "18.01", want: null },
  ])("$text", ({ text, want }) => expect(parseUnitRef(text)).toEqual(want));

  it("drops repeats and invalid refs, keeps the order, stops at ten", () => {
    expect(parseSelection(["village:1", "bad", "village:1", "regency:18.01"])).toEqual([
      { type: "village", code: "1" },
      { type: "regency", code: "18.01" },
    ]);
    expect(parseSelection(Array.from({ length: 12 }, (_, i) => `village:${i}`))).toHaveLength(10);
    expect(parseSelection(undefined)).toEqual([]);
  });

  it.each([
    { form: { title: "Canti vs WMT", round: "R", units: ["village:a", "village:b"] }, errors: {} },
    { form: { title: " ", round: "R", units: ["village:a", "village:b"] }, errors: { title: "compare.title" } },
    { form: { title: "=cmd", round: "R", units: ["village:a", "village:b"] }, errors: { title: "formula_start" } },
    { form: { title: "x", round: "R", units: "village:a" }, errors: { units: "compare.units" } },
    { form: { title: "x", round: "R", units: ["village:a", "village:a"] }, errors: { units: "compare.units" } },
    { form: { title: "x", round: "R", units: Array.from({ length: 11 }, (_, i) => `village:${i}`) }, errors: { units: "compare.units" } },
  ])("save form %#", ({ form, errors }) => {
    const r = saveComparisonSchema.safeParse(form);
    expect(r.success ? {} : issuesByField(r.error.issues)).toEqual(errors);
  });
});
