import { describe, expect, it } from "vitest";
import { paperRespondentRows } from "./index";

// rubric.md section 3, computed here only (the scoring module is written elsewhere).
const spread = (codes: string[]) =>
  Object.fromEntries(codes.map((c, i) => [c, 1 + (2 * i) / (codes.length - 1)]));

const LEVELS: Record<string, Record<string, number>> = {
  cluster_initiator: { government: 1, private: 2, community: 2, self: 3 },
  institution_form: spread(["natural", "association", "forum", "cooperative"]),
  institution_support: spread(["none", "little", "supportive"]),
  business_permit: { no: 1, yes: 3 },
  business_age: spread(["lt1", "1to2", "gt2"]),
  production_pattern: spread(["discontinuous", "semi_continuous", "continuous"]),
  sales_channel: { direct: 1, traveling_trader: 2, consignment: 2, regular_customer: 3 },
  marketing_zone: spread([
    "village",
    "outside_village",
    "outside_district",
    "outside_regency",
    "outside_province",
  ]),
  payment_method: { cash: 1, non_cash: 3 },
  value_added: spread(["lt25", "25to50", "50to75", "gt75"]),
  profit_trend: spread(["decreased", "stable", "increased"]),
  market_orientation: spread(["local", "out_of_town", "national", "export"]),
  business_connection: spread(["producer_only", "supplier_core", "full_chain"]),
  cooperation: { no: 1, yes: 3 },
  specialization: { no: 1, yes: 3 },
};

const VARIABLES = {
  institution: ["cluster_initiator", "institution_form", "institution_support"],
  activity: [
    "business_permit",
    "business_age",
    "production_pattern",
    "unit_size",
    "sales_channel",
    "marketing_zone",
    "payment_method",
  ],
  performance: ["value_added", "profit_trend", "market_orientation"],
  connectivity: ["business_connection", "cooperation", "specialization", "supporting_institutions"],
} as const;

const WEIGHTS = { institution: 0.12, activity: 0.25, performance: 0.3, connectivity: 0.33 };

type Row = Record<string, string>;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function indicatorScore(rows: Row[], indicator: string): number {
  if (indicator === "unit_size") return rows.length >= 30 ? 3 : rows.length >= 10 ? 2 : 1;
  if (indicator === "supporting_institutions") {
    // 0..4 distinct institutions → 1, 1.5, 2, 2.5, 3
    return mean(rows.map((r) => 1 + 0.5 * new Set((r[indicator] ?? "").split(" ").filter(Boolean)).size));
  }
  const levels = LEVELS[indicator] ?? {};
  return mean(rows.map((r) => levels[r[indicator] ?? ""] ?? Number.NaN));
}

function scoreUnit(rows: Row[]) {
  const variables = Object.fromEntries(
    Object.entries(VARIABLES).map(([name, indicators]) => [
      name,
      mean(indicators.map((i) => indicatorScore(rows, i))),
    ]),
  ) as Record<keyof typeof VARIABLES, number>;
  const readiness = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce(
    (sum, v) => sum + WEIGHTS[v] * variables[v],
    0,
  );
  return { variables, readiness };
}

describe("golden check of rubric.md section 3 on all 101 respondents", () => {
  const { variables, readiness } = scoreUnit(paperRespondentRows());

  it("gives the published variable scores", () => {
    expect(variables.institution.toFixed(3)).toBe("1.796");
    expect(variables.activity.toFixed(3)).toBe("1.889");
    expect(variables.performance.toFixed(3)).toBe("2.196");
    expect(variables.connectivity.toFixed(3)).toBe("2.130");
  });

  it("gives readiness ≈ 2.05, stratum rintisan (pilot cluster)", () => {
    expect(readiness.toFixed(2)).toBe("2.05");
    expect(readiness).toBeGreaterThanOrEqual(5 / 3);
    expect(readiness).toBeLessThan(7 / 3);
  });
});
