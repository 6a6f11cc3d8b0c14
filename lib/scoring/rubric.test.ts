import { describe, expect, it } from "vitest";
import { RUBRIC_V1, rubricWith, validateRubric, type Rubric } from "./rubric";

const clone = (): Rubric => structuredClone(RUBRIC_V1);
const issuesOf = (value: unknown) => {
  const r = validateRubric(value);
  return r.ok ? [] : r.issues;
};

describe("RUBRIC_V1", () => {
  it("is valid and survives a JSON round trip (it is stored as jsonb)", () => {
    const r = validateRubric(JSON.parse(JSON.stringify(RUBRIC_V1)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.rubric).toEqual(RUBRIC_V1);
  });

  it("holds the numbers of rubric.md", () => {
    expect(RUBRIC_V1.version).toBe("rubrik-2019-v1");
    expect(RUBRIC_V1.variables.map((v) => [v.name, v.weight, v.indicators.length])).toEqual([
      ["institution", 0.12, 3], ["activity", 0.25, 7], ["performance", 0.3, 3], ["connectivity", 0.33, 4],
    ]);
    expect(RUBRIC_V1.cutoffs).toEqual({ rintisan: 5 / 3, matang: 7 / 3 });
    expect(RUBRIC_V1.irClasses).toEqual({ ir2From: 7, ir3From: 13 });
  });

  it("has an action in both languages for every indicator, social capital, policy support and each PKTD rule", () => {
    const keys = [...RUBRIC_V1.variables.flatMap((v) => v.indicators.map((i) => i.name)), "social_capital", "policy_support", "R1", "R2", "R3", "R4", "R5"];
    expect(Object.keys(RUBRIC_V1.recommendations.actions).sort()).toEqual(keys.sort());
    for (const a of Object.values(RUBRIC_V1.recommendations.actions)) expect(a.id && a.en && a.lead && a.leadEn).toBeTruthy();
  });
});

describe("validateRubric", () => {
  it("rejects weights that do not sum to 1", () => {
    const r = clone();
    r.variables[0]!.weight = 0.2;
    expect(issuesOf(r)).toEqual([{ path: "variables", key: "weights_sum" }]);
  });

  it("accepts a sum off by floating-point noise only", () => {
    expect(validateRubric(rubricWith(RUBRIC_V1, { weights: { institution: 0.1, activity: 0.2, performance: 0.3, connectivity: 0.4 } })).ok).toBe(true);
  });

  it.each([
    ["a level", (r: Rubric) => rubricWith(r, { levels: { value_added: { gt75: 3.5 } } }), "variables.2.indicators.0.levels.gt75"],
    ["a count score", (r: Rubric) => rubricWith(r, { levels: { supporting_institutions: { "4": 3.5 } } }), "variables.3.indicators.3.scores.4"],
    ["a unit_size band", (r: Rubric) => {
      const a = r.variables[1]!.indicators[3]!;
      if (a.kind === "unit_size") a.bands[2]!.score = 3.5;
      return r;
    }, "variables.1.indicators.3.bands.2.score"],
    ["a level below 1", (r: Rubric) => rubricWith(r, { levels: { cooperation: { no: 0 } } }), "variables.3.indicators.1.levels.no"],
  ])("rejects %s outside [1, 3]", (_, change, path) => {
    expect(issuesOf(change(clone()))).toEqual([{ path, key: "score_range" }]);
  });

  it.each([
    [{ rintisan: 7 / 3, matang: 5 / 3 }],
    [{ rintisan: 2, matang: 2 }],
    [{ rintisan: 0.5, matang: 2 }],
    [{ rintisan: 2, matang: 3.2 }],
  ])("rejects cut-offs out of order: %j", (cutoffs) => {
    expect(issuesOf(rubricWith(RUBRIC_V1, { cutoffs }))).toEqual([{ path: "cutoffs", key: "cutoff_order" }]);
  });

  it("rejects IR classes out of order", () => {
    expect(issuesOf({ ...clone(), irClasses: { ir2From: 13, ir3From: 7 } })).toEqual([{ path: "irClasses", key: "cutoff_order" }]);
  });

  it("names missing and invalid fields", () => {
    const { cutoffs: _cutoffs, ...noCutoffs } = clone();
    expect(issuesOf(noCutoffs)).toContainEqual({ path: "cutoffs", key: "missing" });
    expect(issuesOf({ ...clone(), version: 3 })).toEqual([{ path: "version", key: "invalid" }]);
    expect(issuesOf(null)).toEqual([{ path: "", key: "invalid" }]);
    const dup = clone();
    dup.variables[3]!.name = "institution";
    expect(issuesOf(dup)).toContainEqual({ path: "variables", key: "invalid" });
  });
});

describe("rubricWith", () => {
  it("copies with changes and leaves the original alone", () => {
    const v2 = rubricWith(RUBRIC_V1, { version: "v2", weights: { institution: 0.2, connectivity: 0.25 }, cutoffs: { matang: 2.5 }, levels: { cluster_initiator: { private: 1.5 } } });
    expect(v2.version).toBe("v2");
    expect(v2.variables.map((v) => v.weight)).toEqual([0.2, 0.25, 0.3, 0.25]);
    expect(v2.cutoffs).toEqual({ rintisan: 5 / 3, matang: 2.5 });
    const initiator = v2.variables[0]!.indicators[0]!;
    expect(initiator.kind === "levels" && initiator.levels.private).toBe(1.5);
    expect(RUBRIC_V1.variables[0]!.weight).toBe(0.12);
    expect(RUBRIC_V1.cutoffs.matang).toBe(7 / 3);
    const v1Initiator = RUBRIC_V1.variables[0]!.indicators[0]!;
    expect(v1Initiator.kind === "levels" && v1Initiator.levels.private).toBe(2);
  });

  it("refuses an unknown indicator", () => {
    expect(() => rubricWith(RUBRIC_V1, { levels: { nope: { a: 1 } } })).toThrow(/unknown indicator/);
  });
});
