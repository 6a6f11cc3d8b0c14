import type { PolicySupport } from "./policy-support";
import type { UnitScore } from "./score-unit";
import type { Stratum, VariableName } from "./rubric";

export type ScoreUnitType = "cluster" | "village" | "district" | "regency";

/** One object of `scores --json` (shared/domain/interfaces.md), numbers unrounded. */
export type ScoresJson = {
  unit: ScoreUnitType;
  code: string;
  name: string;
  n: number;
  readiness: number | null;
  stratum: Stratum | null;
  variables: Record<VariableName, number | null>;
  indicators: Record<string, number | null>;
  ir: { IR1: number; IR2: number; IR3: number; unclassified: number };
  social_capital: number | null;
  social_capital_n: number;
  policy_support: number;
  /** rubric.md section 5: the PKTD parts counted 0; pktd_year null says why (no fieldwork end date) */
  no_pktd_record: boolean;
  pktd_year: number | null;
  rubric: string;
  round: string;
};

export function toScoresJson(
  unit: { unit: ScoreUnitType; code: string; name: string },
  score: UnitScore,
  policySupport: PolicySupport,
  rubricVersion: string,
  roundCode: string,
): ScoresJson {
  const v = score.variables;
  return {
    unit: unit.unit,
    code: unit.code,
    name: unit.name,
    n: score.n,
    readiness: score.readiness,
    stratum: score.stratum,
    // fixed key order so that the printed JSON reads the same for every unit
    variables: { institution: v.institution, activity: v.activity, performance: v.performance, connectivity: v.connectivity },
    indicators: Object.fromEntries(score.working.indicators.map((w) => [w.indicator, w.score])),
    ir: { IR1: score.ir.IR1, IR2: score.ir.IR2, IR3: score.ir.IR3, unclassified: score.ir.unclassified },
    social_capital: score.socialCapital.index,
    social_capital_n: score.socialCapital.n,
    policy_support: policySupport.index,
    no_pktd_record: policySupport.noPktdRecord,
    pktd_year: policySupport.year,
    rubric: rubricVersion,
    round: roundCode,
  };
}
