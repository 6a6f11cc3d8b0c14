import type { PktdCheck, PolicySupport, RuleId } from "@/lib/scoring/policy-support";
import { RULE_IDS } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";

/** One weak indicator of a unit (rubric.md section 7), with what its priority rests on. */
export type WeakIndicator = {
  /** indicator name, "social_capital", "policy_support" or "R1".."R5" */
  key: string;
  score: number;
  weight: number;
  /** indicators in its variable (1 for social capital and policy support, 5 for a PKTD rule) */
  count: number;
  priority: number;
  /** position in the table of section 7: ties are broken by it */
  order: number;
  /** a PKTD rule: the village-years where it failed */
  failures?: PktdCheck[];
};

export type Selection = { shown: WeakIndicator[]; annex: WeakIndicator[] };

/** 0-100 index on the 1-3 scale of the indicators. */
export const indexToScore = (index: number) => 1 + (2 * index) / 100;

// priorities like 0.33 × (3 − 1)/4 and 0.165 × 1 must tie although their doubles differ
const TIE_EPSILON = 1e-9;

/** The order of rubric.md section 7's table: the indicators, social capital, policy support, R1-R5. */
export function tableOrder(rubric: Rubric): string[] {
  return [...rubric.variables.flatMap((v) => v.indicators.map((i) => i.name)), "social_capital", "policy_support", ...RULE_IDS];
}

/** Every weak indicator of a unit, highest priority first, ties in the table's order. */
export function weakIndicators(rubric: Rubric, score: UnitScore, support: PolicySupport | null): WeakIndicator[] {
  const r = rubric.recommendations;
  const order = new Map(tableOrder(rubric).map((k, i) => [k, i]));
  const out: WeakIndicator[] = [];
  const push = (key: string, s: number, weight: number, count: number, extra: Partial<WeakIndicator> = {}) =>
    out.push({ key, score: s, weight, count, priority: (weight * (3 - s)) / count, order: order.get(key) ?? order.size, ...extra });

  for (const v of rubric.variables) {
    for (const ind of v.indicators) {
      const s = score.indicators[ind.name];
      if (s !== null && s !== undefined && s < r.weakBelow) push(ind.name, s, v.weight, v.indicators.length);
    }
  }
  const sc = score.socialCapital.index;
  if (sc !== null && sc < r.socialCapitalWeakBelow) push("social_capital", indexToScore(sc), r.extraWeight, 1);
  if (support) {
    if (support.index < r.policySupportWeakBelow) push("policy_support", indexToScore(support.index), r.extraWeight, 1);
    for (const rule of RULE_IDS) {
      const failures = support.checks.filter((c) => c.rules[rule as RuleId] === "fail");
      if (failures.length > 0) push(rule, 1, r.extraWeight, RULE_IDS.length, { failures });
    }
  }
  return out.sort((a, b) => (Math.abs(b.priority - a.priority) > TIE_EPSILON ? b.priority - a.priority : a.order - b.order));
}

/** The `shown` (five in v1) of highest priority for the brief, the rest for its annex. */
export function selectRecommendations(rubric: Rubric, score: UnitScore, support: PolicySupport | null): Selection {
  const all = weakIndicators(rubric, score, support);
  return { shown: all.slice(0, rubric.recommendations.shown), annex: all.slice(rubric.recommendations.shown) };
}
