import { unitSizeScore, type IndicatorWorking } from "./indicators";
import type { PolicySupport } from "./policy-support";
import type { Rubric, Stratum } from "./rubric";
import { assembleScore, type IrDistribution, type SocialCapital, type UnitScore } from "./score-unit";
import { SC_ELEMENTS } from "./social-capital";

/** Policy support of a level, without the per-village checks (a nation has tens of thousands). */
export type PolicySupportSummary = Pick<PolicySupport, "index" | "programmeShare" | "programmeN" | "rulesPart" | "beneficiariesPart" | "year"> & {
  villages: number;
  villagesWithRecord: number;
};

export type StratumCounts = Record<Stratum | "none", number>;
export type SummaryUnitType = "cluster" | "village" | "district" | "regency";

/** What a province or nation summary stores: the merged score and its units by stratum. */
export type LevelSummary = {
  score: UnitScore;
  policySupport: PolicySupportSummary;
  units: Record<SummaryUnitType, StratumCounts>;
};

export type SummaryPart = { score: UnitScore; policySupport: PolicySupportSummary };

/** A stored unit's policy support in the summable form. */
export function policySupportPart(ps: PolicySupport): PolicySupportSummary {
  return {
    index: ps.index,
    programmeShare: ps.programmeShare,
    programmeN: ps.programmeN,
    rulesPart: ps.rulesPart,
    beneficiariesPart: ps.beneficiariesPart,
    year: ps.year,
    villages: ps.checks.length + ps.villagesWithoutRecord.length,
    villagesWithRecord: ps.checks.length,
  };
}

const weighted = (pairs: { value: number | null; n: number }[]) => {
  let sum = 0;
  let n = 0;
  for (const p of pairs) {
    if (p.value === null || p.n === 0) continue;
    sum += p.value * p.n;
    n += p.n;
  }
  return { value: n > 0 ? sum / n : null, n };
};

function mergeIndicators(rubric: Rubric, n: number, parts: readonly UnitScore[]): IndicatorWorking[] {
  return rubric.variables.flatMap((v) =>
    v.indicators.map((def): IndicatorWorking => {
      const base = { variable: v.name, indicator: def.name };
      if (def.kind === "unit_size") return { ...base, score: unitSizeScore(def.bands, n), n, distribution: [] };
      const rows = def.kind === "levels" ? Object.entries(def.levels).map(([code, level]) => ({ code, n: 0, level })) : def.scores.map((level, i) => ({ code: String(i), n: 0, level }));
      const byCode = new Map(rows.map((r) => [r.code, r]));
      for (const p of parts) {
        const w = p.working.indicators.find((x) => x.indicator === def.name);
        for (const d of w?.distribution ?? []) {
          const row = byCode.get(d.code);
          if (row) row.n += d.n;
        }
      }
      // a unit's indicator is the mean level of its answers: the sum of level × count over the count
      const answered = rows.reduce((s, r) => s + r.n, 0);
      const sum = rows.reduce((s, r) => s + r.level * r.n, 0);
      return { ...base, score: answered > 0 ? sum / answered : null, n: answered, distribution: rows };
    }),
  );
}

function mergeSocialCapital(parts: readonly SocialCapital[]): SocialCapital {
  const elements = {} as SocialCapital["elements"];
  for (const e of SC_ELEMENTS) {
    const m = weighted(parts.map((p) => ({ value: p.elements[e].score, n: p.elements[e].n })));
    elements[e] = { score: m.value, n: m.n };
  }
  const index = weighted(parts.map((p) => ({ value: p.index, n: p.n })));
  const meeting: Record<string, number> = {};
  for (const p of parts) for (const [code, k] of Object.entries(p.participation.meeting_attendance)) meeting[code] = (meeting[code] ?? 0) + k;
  const yes = (field: "group_member" | "savings_group") => ({
    yes: parts.reduce((s, p) => s + p.participation[field].yes, 0),
    n: parts.reduce((s, p) => s + p.participation[field].n, 0),
  });
  return { index: index.value, n: index.n, elements, participation: { group_member: yes("group_member"), savings_group: yes("savings_group"), meeting_attendance: meeting } };
}

function mergePolicySupport(rubric: Rubric, parts: readonly PolicySupportSummary[]): PolicySupportSummary {
  const villages = parts.reduce((s, p) => s + p.villages, 0);
  const byVillages = (get: (p: PolicySupportSummary) => number) => (villages > 0 ? parts.reduce((s, p) => s + get(p) * p.villages, 0) / villages : 0);
  const programme = weighted(parts.map((p) => ({ value: p.programmeShare, n: p.programmeN })));
  const rulesPart = byVillages((p) => p.rulesPart);
  const beneficiariesPart = byVillages((p) => p.beneficiariesPart);
  return {
    index: rubric.policySupport.programmeWeight * (programme.value ?? 0) + rulesPart + beneficiariesPart,
    programmeShare: programme.value,
    programmeN: programme.n,
    rulesPart,
    beneficiariesPart,
    year: parts[0]?.year ?? null,
    villages,
    villagesWithRecord: parts.reduce((s, p) => s + p.villagesWithRecord, 0),
  };
}

/**
 * The score of a level from the scores of disjoint units that make it up (a province from its
 * regencies, the nation from its provinces): every figure is a count or a count-weighted mean,
 * so the result equals scoring all their respondents at once, up to floating-point rounding.
 */
export function mergeScores(rubric: Rubric, parts: readonly SummaryPart[]): SummaryPart {
  const scores = parts.map((p) => p.score);
  const n = scores.reduce((s, p) => s + p.n, 0);
  const ir: IrDistribution = { IR1: 0, IR2: 0, IR3: 0, unclassified: 0 };
  for (const p of scores) for (const k of Object.keys(ir) as (keyof IrDistribution)[]) ir[k] += p.ir[k];
  const score = assembleScore(rubric, n, mergeIndicators(rubric, n, scores), ir, mergeSocialCapital(scores.map((s) => s.socialCapital)));
  return { score, policySupport: mergePolicySupport(rubric, parts.map((p) => p.policySupport)) };
}

export const emptyStratumCounts = (): StratumCounts => ({ sentra: 0, rintisan: 0, matang: 0, none: 0 });
