import { describe, expect, it } from "vitest";
import { policySupport } from "@/lib/scoring/policy-support";
import { RUBRIC_V1 } from "@/lib/scoring/rubric-v1";
import { scoreUnit } from "@/lib/scoring/score-unit";
import { BASE } from "@/lib/scoring/test-fixtures";
import { comparisonRows, extremes, type ComparedUnit } from "./rows";

describe("extremes: best and worst of a row", () => {
  it.each([
    { values: [1, 2, 3], better: "higher" as const, best: [2], worst: [0] },
    { values: [1, 2, 3], better: "lower" as const, best: [0], worst: [2] },
    { values: [2, null, 1], better: "higher" as const, best: [0], worst: [2] },
    { values: [3, 3, 1], better: "higher" as const, best: [0, 1], worst: [2] },
    { values: [2, 2], better: "higher" as const, best: [], worst: [] }, // all equal: nothing marked
    { values: [2, null], better: "higher" as const, best: [], worst: [] }, // one known value
    { values: [1, 3], better: null, best: [], worst: [] }, // not ranked (n)
  ])("$values ($better)", ({ values, better, best, worst }) => {
    expect(extremes(values, better)).toEqual({ best, worst });
  });

  it("compares values as shown: 1.2133 and 1.2089 both read 1,21, so neither is marked", () => {
    expect(extremes([1.2133, 1.2089], "higher", 2)).toEqual({ best: [], worst: [] });
    expect(extremes([1.2133, 1.2189], "higher", 2)).toEqual({ best: [1], worst: [0] });
  });
});

function unit(key: string, answers: Record<string, unknown>[]): ComparedUnit {
  return { key, score: scoreUnit(RUBRIC_V1, answers), policySupport: policySupport(RUBRIC_V1, answers, [], ["18.01.16.2004"], 2019) };
}

describe("comparisonRows", () => {
  // A: 2 beginners at the middle of every answer; B: one advanced producer, better performance
  const a = unit("A", [BASE, BASE]);
  const b = unit("B", [{ ...BASE, value_added: "gt75", profit_trend: "increased", ir_continuity: 3, ir_capital: 3, ir_legality: 3, ir_market: 2, ir_labour: 2, ir_management: 2 }]);
  const rows = comparisonRows(RUBRIC_V1, [a, b]);
  const get = (id: string) => rows.find((r) => r.id === id)!;

  it("one row per figure: summary, four variables, 17 indicators (rubric.md section 3), three IR classes, social capital and its elements, policy support", () => {
    expect(rows.filter((r) => r.group === "variables").map((r) => r.id)).toEqual([
      "variable.institution",
      "variable.activity",
      "variable.performance",
      "variable.connectivity",
    ]);
    expect(rows.filter((r) => r.group === "indicators")).toHaveLength(17);
    expect(rows.filter((r) => r.group === "social")).toHaveLength(5);
    expect(get("n").values).toEqual([2, 1]);
  });

  it("marks B best on performance and readiness, nothing on equal institution scores, n unranked", () => {
    expect(get("variable.performance")).toMatchObject({ best: [1], worst: [0] });
    expect(get("readiness")).toMatchObject({ best: [1], worst: [0] });
    expect(get("variable.institution")).toMatchObject({ best: [], worst: [] });
    expect(get("n")).toMatchObject({ best: [], worst: [] });
  });

  it("IR shares of classified members: fewer beginners is better, more advanced is better", () => {
    expect(get("ir.IR1")).toMatchObject({ values: [1, 0], n: [2, 1], best: [1], worst: [0] });
    expect(get("ir.IR3")).toMatchObject({ values: [0, 1], best: [1], worst: [0] });
  });

  it("the stratum row shows the stratum and ranks it in its order", () => {
    const stratum = get("stratum");
    expect(stratum.values).toEqual([a.score.stratum, b.score.stratum]);
  });

  it("no social-capital answers: missing, not zero, and not marked", () => {
    expect(get("social.index")).toMatchObject({ values: [null, null], n: [0, 0], best: [], worst: [] });
  });
});
