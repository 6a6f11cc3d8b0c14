import { describe, expect, it } from "vitest";
import type { PktdCheck, PolicySupport } from "@/lib/scoring/policy-support";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { selectRecommendations, weakIndicators } from "./weak";

// every v1 indicator at the top, so each case states only what is weak
const TOP = Object.fromEntries(RUBRIC_V1.variables.flatMap((v) => v.indicators.map((i) => [i.name, 3])));
const unit = (indicators: Record<string, number | null>, sc: number | null = 80): UnitScore =>
  ({ indicators: { ...TOP, ...indicators }, socialCapital: { index: sc } }) as unknown as UnitScore;
const check = (rules: Partial<PktdCheck["rules"]>, village = "18.01.16.2004"): PktdCheck =>
  ({ villageCode: village, year: 2019, rules: { R1: "pass", R2: "pass", R3: "pass", R4: "pass", R5: "pass", ...rules }, wageShareMin: 0.3 }) as PktdCheck;
const support = (index: number, checks: PktdCheck[] = []): PolicySupport => ({ index, checks }) as unknown as PolicySupport;

// priority = weight × (3 − score) ÷ indicators in the variable (rubric.md section 7), written out by hand
const CASES: { name: string; indicators: Record<string, number | null>; sc?: number | null; ps?: PolicySupport | null; expected: [string, number][] }[] = [
  { name: "nothing weak", indicators: {}, expected: [] },
  { name: "exactly 2.0 is not weak", indicators: { marketing_zone: 2 }, expected: [] },
  { name: "just under 2.0 is weak", indicators: { marketing_zone: 1.999 }, expected: [["marketing_zone", (0.25 * 1.001) / 7]] },
  { name: "an unanswered indicator is not weak", indicators: { marketing_zone: null }, expected: [] },
  {
    name: "higher priority first across variables",
    indicators: { cluster_initiator: 1, market_orientation: 1.01, business_connection: 1 },
    expected: [["market_orientation", 0.3 * 1.99 / 3], ["business_connection", (0.33 * 2) / 4], ["cluster_initiator", (0.12 * 2) / 3]],
  },
  {
    name: "ties keep the table's order",
    indicators: { payment_method: 1, business_permit: 1, market_orientation: 1, value_added: 1 },
    expected: [["value_added", 0.2], ["market_orientation", 0.2], ["business_permit", (0.25 * 2) / 7], ["payment_method", (0.25 * 2) / 7]],
  },
  { name: "social capital at 60 is not weak", indicators: {}, sc: 60, expected: [] },
  { name: "social capital below 60: score 1 + 2 × index ÷ 100, weight 0.25", indicators: {}, sc: 40, expected: [["social_capital", 0.25 * (3 - 1.8)]] },
  { name: "missing social capital is never weak", indicators: {}, sc: null, expected: [] },
  { name: "policy support below 50", indicators: {}, ps: support(49.9), expected: [["policy_support", 0.25 * (3 - 1.998)]] },
  { name: "policy support at 50 is not weak", indicators: {}, ps: support(50), expected: [] },
  {
    name: "each failed PKTD rule is weak on its own, score 1 and weight 0.25 ÷ 5, in rule order",
    indicators: {},
    ps: support(80, [check({ R5: "fail", R1: "fail", R3: "unknown" })]),
    expected: [["R1", 0.1], ["R5", 0.1]],
  },
  {
    name: "a PKTD rule ties with an indicator of the same priority and follows it",
    indicators: { value_added: 2 - 1e-12, profit_trend: 1.5 },
    ps: support(80, [check({ R2: "fail" })]),
    expected: [["profit_trend", 0.15], ["value_added", 0.1], ["R2", 0.1]],
  },
];

describe("weak indicators and their priority (rubric.md section 7)", () => {
  it.each(CASES)("$name", ({ indicators, sc, ps, expected }) => {
    const got = weakIndicators(RUBRIC_V1, unit(indicators, sc === undefined ? 80 : sc), ps ?? null);
    expect(got.map((w) => w.key)).toEqual(expected.map(([k]) => k));
    got.forEach((w, i) => expect(w.priority).toBeCloseTo(expected[i]![1], 9));
  });

  it("a rule failing in two villages is one weak indicator listing both", () => {
    const got = weakIndicators(RUBRIC_V1, unit({}), support(80, [check({ R4: "fail" }, "A"), check({ R4: "fail" }, "B")]));
    expect(got.map((w) => [w.key, w.failures?.map((f) => f.villageCode)])).toEqual([["R4", ["A", "B"]]]);
  });

  it("shows the five of highest priority and puts the rest in the annex", () => {
    const s = selectRecommendations(RUBRIC_V1, unit({ cluster_initiator: 1, institution_form: 1, business_permit: 1, marketing_zone: 1, value_added: 1, cooperation: 1, specialization: 1 }), null);
    expect(s.shown.map((w) => w.key)).toEqual(["value_added", "cooperation", "specialization", "cluster_initiator", "institution_form"]);
    expect(s.annex.map((w) => w.key)).toEqual(["business_permit", "marketing_zone"]);
  });
});
