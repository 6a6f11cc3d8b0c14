import { indicatorSlot, scoreIndicatorSlots, type Answers, type IndicatorWorking } from "./indicators";
import { irClassOf, type IrClass } from "./ir-class";
import { programmeOf } from "./policy-support";
import type { Rubric, Stratum, VariableName } from "./rubric";
import { scPersonOf, socialCapitalOfPeople, type ScPerson, type SocialCapital } from "./social-capital";

export type { Answers, IndicatorWorking } from "./indicators";
export type { SocialCapital } from "./social-capital";

export type IrDistribution = { IR1: number; IR2: number; IR3: number; unclassified: number };

export type UnitScore = {
  n: number;
  readiness: number | null;
  stratum: Stratum | null;
  variables: Record<VariableName, number | null>;
  indicators: Record<string, number | null>;
  ir: IrDistribution;
  socialCapital: SocialCapital;
  working: {
    indicators: IndicatorWorking[];
    variables: { name: VariableName; weight: number; score: number | null; contribution: number | null }[];
    cutoffs: { rintisan: number; matang: number };
    /** the stratum above and how much readiness it still needs; null in matang or without readiness */
    next: { stratum: Stratum; distance: number } | null;
    /** the stratum below and by how much readiness clears its own cut-off; null in sentra */
    previous: { stratum: Stratum; margin: number } | null;
  };
};

/** Compares the unrounded value: exactly 5/3 is rintisan, exactly 7/3 matang. */
export function stratumOf(rubric: Rubric, readiness: number): Stratum {
  const { rintisan, matang } = rubric.cutoffs;
  return readiness < rintisan ? "sentra" : readiness < matang ? "rintisan" : "matang";
}

const meanOrNull = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function neighbours(rubric: Rubric, readiness: number | null, stratum: Stratum | null): Pick<UnitScore["working"], "next" | "previous"> {
  if (readiness === null || stratum === null) return { next: null, previous: null };
  const { rintisan, matang } = rubric.cutoffs;
  if (stratum === "sentra") return { next: { stratum: "rintisan", distance: rintisan - readiness }, previous: null };
  if (stratum === "rintisan") {
    return { next: { stratum: "matang", distance: matang - readiness }, previous: { stratum: "sentra", margin: readiness - rintisan } };
  }
  return { next: null, previous: { stratum: "rintisan", margin: readiness - matang } };
}

/**
 * One respondent as every unit containing her is scored from: her answer's slot for each scored
 * indicator (rubric order, unit_size left out), her IR class, social-capital parts and programme
 * support. A rescore reads each respondent once, though she counts in her cluster, village,
 * district and regency.
 */
export type PreparedRespondent = { slots: number[]; ir: IrClass; sc: ScPerson; programme: boolean | null };

export function prepareRespondent(rubric: Rubric, answers: Answers): PreparedRespondent {
  const slots: number[] = [];
  for (const v of rubric.variables) for (const def of v.indicators) if (def.kind !== "unit_size") slots.push(indicatorSlot(def, answers));
  return { slots, ir: irClassOf(answers, rubric.irClasses), sc: scPersonOf(answers, rubric.socialCapital.minElements), programme: programmeOf(answers) };
}

/** Scores one unit (rubric.md sections 2-4): every figure with the working behind it. */
export function scoreUnit(rubric: Rubric, respondents: readonly Answers[]): UnitScore {
  return scorePrepared(rubric, respondents.map((r) => prepareRespondent(rubric, r)));
}

/** scoreUnit from respondents prepared once (prepareRespondent): the same figures, in the same order of sums. */
export function scorePrepared(rubric: Rubric, people: readonly PreparedRespondent[]): UnitScore {
  const indicatorWorking: IndicatorWorking[] = [];
  let k = 0;
  for (const v of rubric.variables) {
    for (const def of v.indicators) {
      if (def.kind === "unit_size") {
        indicatorWorking.push(scoreIndicatorSlots(def, v.name, people.length, () => -1));
        continue;
      }
      const slot = k++;
      indicatorWorking.push(scoreIndicatorSlots(def, v.name, people.length, (i) => people[i]!.slots[slot]!));
    }
  }
  const ir: IrDistribution = { IR1: 0, IR2: 0, IR3: 0, unclassified: 0 };
  for (const p of people) ir[p.ir]++;
  return assembleScore(rubric, people.length, indicatorWorking, ir, socialCapitalOfPeople(people.map((p) => p.sc)));
}

/**
 * Variables, readiness, stratum and working from indicator scores (rubric order): shared by
 * scoreUnit and by the province and nation summaries merged from stored regency scores.
 */
export function assembleScore(rubric: Rubric, n: number, indicatorWorking: IndicatorWorking[], ir: IrDistribution, socialCapital: SocialCapital): UnitScore {
  const variables: Record<VariableName, number | null> = { institution: null, activity: null, performance: null, connectivity: null };
  const variableWorking: UnitScore["working"]["variables"] = [];
  for (const v of rubric.variables) {
    const scored = indicatorWorking.filter((w) => w.variable === v.name);
    // indicators nobody answered are left out of the mean, not counted as zero
    const score = meanOrNull(scored.map((s) => s.score).filter((s): s is number => s !== null));
    variables[v.name] = score;
    variableWorking.push({ name: v.name, weight: v.weight, score, contribution: score === null ? null : v.weight * score });
  }
  const complete = variableWorking.length > 0 && variableWorking.every((v) => v.contribution !== null);
  const readiness = complete ? variableWorking.reduce((sum, v) => sum + (v.contribution ?? 0), 0) : null;
  const stratum = readiness === null ? null : stratumOf(rubric, readiness);
  return {
    n,
    readiness,
    stratum,
    variables,
    indicators: Object.fromEntries(indicatorWorking.map((w) => [w.indicator, w.score])),
    ir,
    socialCapital,
    working: {
      indicators: indicatorWorking,
      variables: variableWorking,
      cutoffs: { ...rubric.cutoffs },
      ...neighbours(rubric, readiness, stratum),
    },
  };
}
