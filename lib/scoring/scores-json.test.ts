import { describe, expect, it } from "vitest";
import { policySupport } from "./policy-support";
import { RUBRIC_V1 } from "./rubric";
import { scoreUnit } from "./score-unit";
import { toScoresJson } from "./scores-json";
import { BASE } from "./test-fixtures";

describe("toScoresJson", () => {
  it("has exactly the keys of interfaces.md `scores --json`, numbers unrounded", () => {
    const s = scoreUnit(RUBRIC_V1, Array.from({ length: 12 }, () => ({ ...BASE, sc_trust_1: 4, sc_reciprocity_1: 4, sc_norms_1: 3 })));
    const ps = policySupport(RUBRIC_V1, [], [], ["18.01.16.2004"], null);
    const json = toScoresJson({ unit: "cluster", code: "LR7-BATIK", name: "Sentra Batik" }, s, ps, RUBRIC_V1.version, "R2019");
    expect(Object.keys(json)).toEqual([
      "unit", "code", "name", "n", "readiness", "stratum", "variables", "indicators", "ir", "social_capital", "social_capital_n",
      "policy_support", "no_pktd_record", "pktd_year", "rubric", "round",
    ]);
    // the "no PKTD record" flag travels with the value, with the unknown year that caused it
    expect(json).toMatchObject({ policy_support: 0, no_pktd_record: true, pktd_year: null });
    expect(Object.keys(json.variables)).toEqual(["institution", "activity", "performance", "connectivity"]);
    expect(Object.keys(json.indicators)).toEqual(RUBRIC_V1.variables.flatMap((v) => v.indicators.map((i) => i.name)));
    expect(json.indicators.unit_size).toBe(2);
    expect(Object.keys(json.ir)).toEqual(["IR1", "IR2", "IR3", "unclassified"]);
    expect(json).toMatchObject({ unit: "cluster", code: "LR7-BATIK", n: 12, stratum: "rintisan", ir: { IR1: 12, IR2: 0, IR3: 0, unclassified: 0 }, social_capital_n: 12, rubric: "rubrik-2019-v1", round: "R2019" });
    expect(json.readiness).toBe(s.readiness);
    expect(json.social_capital).toBeCloseTo(((75 + 75 + 50) / 3), 12);
    // JSON-safe: nothing lost in a round trip
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
