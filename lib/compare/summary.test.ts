import { describe, expect, it } from "vitest";
import type { CompareRow } from "./rows";
import { chartSummary } from "./summary";

const r = (id: string, group: CompareRow["group"], values: (number | null)[]): CompareRow => ({ id, group, format: "score", better: "higher", values, n: null, best: [], worst: [] });

describe("chartSummary", () => {
  it("names the highest and lowest readiness and the variable with the widest gap", () => {
    const rows = [
      r("readiness", "summary", [2.1, 1.9, null]),
      r("variable.institution", "variables", [1.8, 1.7, null]),
      r("variable.performance", "variables", [2.5, 1.9, 2.0]),
    ];
    expect(chartSummary(rows)).toEqual({ kind: "spread", best: 0, worst: 1, bestValue: 2.1, worstValue: 1.9, variable: "performance", gap: expect.closeTo(0.6, 9) });
  });
  it("equal readiness says so; fewer than two known says nothing", () => {
    expect(chartSummary([r("readiness", "summary", [2, 2])])).toEqual({ kind: "equal", value: 2 });
    expect(chartSummary([r("readiness", "summary", [2, null])])).toBeNull();
  });
});
