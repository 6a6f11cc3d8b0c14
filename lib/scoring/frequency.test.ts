import { describe, expect, it } from "vitest";
import { combinationCode, frequencyTable } from "./frequency";
import { IR_CLASSES_V1, irClassOf } from "./ir-class";

describe("frequencyTable", () => {
  it("counts codes with percentages of those who answered", () => {
    const t = frequencyTable([{ g: "female" }, { g: "female" }, { g: "male" }, { g: null }], "g");
    expect(t).toEqual({ field: "g", n: 3, rows: [{ code: "female", n: 2, pct: 66.67 }, { code: "male", n: 1, pct: 33.33 }] });
  });

  it("counts multi-select combinations, alphabetically joined; the empty set is ''", () => {
    const t = frequencyTable([{ s: ["government", "college"] }, { s: ["college", "government"] }, { s: [] }], "s");
    expect(t.rows).toEqual([
      { code: "college government", n: 2, pct: 66.67 },
      { code: "", n: 1, pct: 33.33 },
    ]);
    expect(combinationCode(["b", "a", "b"])).toBe("a b");
  });
});

describe("irClassOf", () => {
  const items = (v: number[]) => Object.fromEntries(["ir_continuity", "ir_capital", "ir_legality", "ir_market", "ir_labour", "ir_management"].map((k, i) => [k, v[i]]));
  it.each([
    [[0, 0, 0, 0, 0, 0], "IR1"],
    [[1, 1, 1, 1, 1, 1], "IR1"],
    [[2, 1, 1, 1, 1, 1], "IR2"],
    [[2, 2, 2, 2, 2, 2], "IR2"],
    [[3, 2, 2, 2, 2, 2], "IR3"],
    [[3, 3, 3, 3, 3, 3], "IR3"],
  ])("%j → %s", (v, expected) => {
    expect(irClassOf(items(v), IR_CLASSES_V1)).toBe(expected);
  });

  it("any missing or out-of-range item leaves the business unclassified", () => {
    expect(irClassOf({ ...items([1, 1, 1, 1, 1, 1]), ir_labour: null }, IR_CLASSES_V1)).toBe("unclassified");
    expect(irClassOf({ ...items([1, 1, 1, 1, 1, 1]), ir_labour: 4 }, IR_CLASSES_V1)).toBe("unclassified");
  });
});
