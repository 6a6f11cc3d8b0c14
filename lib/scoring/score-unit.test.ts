import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "./rubric";
import { irClassOf } from "./ir-class";
import { scoreUnit, stratumOf } from "./score-unit";
import { BASE } from "./test-fixtures";

// Expected values written out from rubric.md section 3, not derived from RUBRIC_V1.
const LEVELS: [string, string, number][] = [
  ["cluster_initiator", "government", 1], ["cluster_initiator", "private", 2], ["cluster_initiator", "community", 2], ["cluster_initiator", "self", 3],
  ["institution_form", "natural", 1], ["institution_form", "association", 5 / 3], ["institution_form", "forum", 7 / 3], ["institution_form", "cooperative", 3],
  ["institution_support", "none", 1], ["institution_support", "little", 2], ["institution_support", "supportive", 3],
  ["business_permit", "no", 1], ["business_permit", "yes", 3],
  ["business_age", "lt1", 1], ["business_age", "1to2", 2], ["business_age", "gt2", 3],
  ["production_pattern", "discontinuous", 1], ["production_pattern", "semi_continuous", 2], ["production_pattern", "continuous", 3],
  ["sales_channel", "direct", 1], ["sales_channel", "traveling_trader", 2], ["sales_channel", "consignment", 2], ["sales_channel", "regular_customer", 3],
  ["marketing_zone", "village", 1], ["marketing_zone", "outside_village", 1.5], ["marketing_zone", "outside_district", 2],
  ["marketing_zone", "outside_regency", 2.5], ["marketing_zone", "outside_province", 3],
  ["payment_method", "cash", 1], ["payment_method", "non_cash", 3],
  ["value_added", "lt25", 1], ["value_added", "25to50", 5 / 3], ["value_added", "50to75", 7 / 3], ["value_added", "gt75", 3],
  ["profit_trend", "decreased", 1], ["profit_trend", "stable", 2], ["profit_trend", "increased", 3],
  ["market_orientation", "local", 1], ["market_orientation", "out_of_town", 5 / 3], ["market_orientation", "national", 7 / 3], ["market_orientation", "export", 3],
  ["business_connection", "producer_only", 1], ["business_connection", "supplier_core", 2], ["business_connection", "full_chain", 3],
  ["cooperation", "no", 1], ["cooperation", "yes", 3],
  ["specialization", "no", 1], ["specialization", "yes", 3],
];

describe("indicator level scores (every code of rubric.md)", () => {
  it.each(LEVELS)("%s = %s → %d", (indicator, code, level) => {
    const s = scoreUnit(RUBRIC_V1, [{ ...BASE, [indicator]: code }]);
    expect(s.indicators[indicator]).toBeCloseTo(level, 12);
  });

  it.each([[[], 1], [["bank"], 1.5], [["bank", "college"], 2], [["bank", "college", "government"], 2.5], [["bank", "business", "college", "government"], 3]])(
    "supporting_institutions %j → %d (distinct count)",
    (codes, level) => {
      expect(scoreUnit(RUBRIC_V1, [{ ...BASE, supporting_institutions: codes }]).indicators.supporting_institutions).toBe(level);
    },
  );

  it("counts a repeated institution once", () => {
    expect(scoreUnit(RUBRIC_V1, [{ ...BASE, supporting_institutions: ["bank", "bank"] }]).indicators.supporting_institutions).toBe(1.5);
  });

  it.each([[1, 1], [9, 1], [10, 2], [29, 2], [30, 3], [101, 3]])("unit_size of %i respondents → %i", (size, level) => {
    expect(scoreUnit(RUBRIC_V1, Array.from({ length: size }, () => BASE)).indicators.unit_size).toBe(level);
  });

  it("averages over those who answered; blanks and unknown codes are left out of n", () => {
    const s = scoreUnit(RUBRIC_V1, [{ ...BASE, value_added: "gt75" }, { ...BASE, value_added: "lt25" }, { ...BASE, value_added: null }, { ...BASE, value_added: "75%" }]);
    const w = s.working.indicators.find((i) => i.indicator === "value_added");
    expect(w?.score).toBe(2);
    expect(w?.n).toBe(2);
    expect(w?.distribution).toEqual([
      { code: "lt25", n: 1, level: 1 }, { code: "25to50", n: 0, level: 5 / 3 }, { code: "50to75", n: 0, level: 7 / 3 }, { code: "gt75", n: 1, level: 3 },
    ]);
  });

  it("leaves an unanswered indicator out of its variable; a variable with none is null, and so is readiness", () => {
    const noneOnPerformance = { ...BASE, value_added: null, profit_trend: null, market_orientation: null };
    const partly = scoreUnit(RUBRIC_V1, [{ ...BASE, value_added: null, profit_trend: "increased", market_orientation: "export" }]);
    expect(partly.variables.performance).toBe(3);
    const s = scoreUnit(RUBRIC_V1, [noneOnPerformance]);
    expect(s.variables.performance).toBeNull();
    expect(s.readiness).toBeNull();
    expect(s.stratum).toBeNull();
    expect(scoreUnit(RUBRIC_V1, []).readiness).toBeNull();
  });
});

describe("readiness and working", () => {
  it("is Σ weight × variable score with each contribution shown", () => {
    const s = scoreUnit(RUBRIC_V1, Array.from({ length: 10 }, () => BASE));
    const expected = { institution: (2 + 5 / 3 + 2) / 3, activity: (1 + 2 + 2 + 2 + 2 + 2 + 1) / 7, performance: (5 / 3 + 2 + 5 / 3) / 3, connectivity: (2 + 3 + 1 + 2) / 4 };
    for (const [k, v] of Object.entries(expected)) expect(s.variables[k as keyof typeof expected]).toBeCloseTo(v, 12);
    const readiness = 0.12 * expected.institution + 0.25 * expected.activity + 0.3 * expected.performance + 0.33 * expected.connectivity;
    expect(s.readiness).toBeCloseTo(readiness, 12);
    expect(s.working.variables.map((v) => v.contribution)).toEqual(s.working.variables.map((v) => v.weight * (v.score ?? NaN)));
    expect(s.stratum).toBe("rintisan");
    expect(s.working.next?.stratum).toBe("matang");
    expect(s.working.next?.distance).toBeCloseTo(7 / 3 - readiness, 12);
    expect(s.working.previous).toEqual({ stratum: "sentra", margin: (s.readiness ?? 0) - 5 / 3 });
  });
});

describe("stratumOf compares the unrounded value", () => {
  it.each([
    [5 / 3 - 1e-12, "sentra"],
    [1.6666, "sentra"],
    [5 / 3, "rintisan"],
    [1.67, "rintisan"],
    [7 / 3 - 1e-12, "rintisan"],
    [2.3333, "rintisan"],
    [7 / 3, "matang"],
    [1, "sentra"],
    [3, "matang"],
  ])("%d → %s", (readiness, stratum) => {
    expect(stratumOf(RUBRIC_V1, readiness)).toBe(stratum);
  });
});

describe("irClassOf with the rubric's cut-offs", () => {
  const items = (total: number) => {
    const v = [0, 0, 0, 0, 0, 0].map((_, i) => Math.min(3, Math.max(0, total - 3 * i)));
    return { ir_continuity: v[0], ir_capital: v[1], ir_legality: v[2], ir_market: v[3], ir_labour: v[4], ir_management: v[5] };
  };
  it.each([[0, "IR1"], [6, "IR1"], [7, "IR2"], [12, "IR2"], [13, "IR3"], [18, "IR3"]])("total %i → %s", (total, cls) => {
    expect(irClassOf(items(total), RUBRIC_V1.irClasses)).toBe(cls);
  });
  it("any missing item → unclassified; the unit counts each class", () => {
    expect(irClassOf({ ...items(10), ir_market: null }, RUBRIC_V1.irClasses)).toBe("unclassified");
    const s = scoreUnit(RUBRIC_V1, [items(6), items(7), items(13), { ...items(13), ir_capital: null }].map((i) => ({ ...BASE, ...i })));
    expect(s.ir).toEqual({ IR1: 1, IR2: 1, IR3: 1, unclassified: 1 });
  });
  it("follows the rubric's bands", () => {
    expect(irClassOf(items(6), { ir2From: 6, ir3From: 12 })).toBe("IR2");
  });
});
