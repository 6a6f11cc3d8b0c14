import { rubricSchema } from "./rubric-schema";

export { RUBRIC_V1 } from "./rubric-v1";

export type VariableName = "institution" | "activity" | "performance" | "connectivity";
export type Stratum = "sentra" | "rintisan" | "matang";
export const VARIABLE_NAMES: readonly VariableName[] = ["institution", "activity", "performance", "connectivity"];
export const STRATA: readonly Stratum[] = ["sentra", "rintisan", "matang"];

export type Text = { id: string; en: string };

export type IndicatorDef =
  /** code → level score in [1, 3] */
  | { name: string; kind: "levels"; levels: Record<string, number> }
  /** number of respondents in the unit: the band with the largest `min` not above it */
  | { name: "unit_size"; kind: "unit_size"; bands: { min: number; score: number }[] }
  /** distinct codes of a multi-select: scores[count], counts past the end take the last */
  | { name: string; kind: "count"; scores: number[] };

export type VariableDef = { name: VariableName; weight: number; indicators: IndicatorDef[] };

/** Section 6 as data. */
export type CandidateRules = {
  C1: { strata: Stratum[] };
  C2: { readinessMin: number };
  /** share of members (with a class) in these IR classes */
  C3: { irClasses: ("IR1" | "IR2" | "IR3")[]; shareMin: number };
  /** share of members with at least `institutionsMin` supporting institutions */
  C4: { institutionsMin: number; shareMin: number };
  C5: { socialCapitalMin: number };
  C6: { unitSizeMin: number };
  priorityWeights: { readiness: number; socialCapital: number; policySupport: number };
  robustness: {
    spread: number;
    draws: number;
    seed: number;
    minShare: number;
    maxInterval: number;
    percentiles: { low: number; high: number };
  };
};

/** A recommended action; `lead` names the agencies in Indonesian (official names), `leadEn` in English. */
export type RecommendationAction = Text & { lead: string; leadEn: string; service: string };

export type Rubric = {
  version: string;
  label: Text;
  /** order: institution, activity, performance, connectivity */
  variables: VariableDef[];
  /** readiness from which a unit is rintisan / matang (unrounded) */
  cutoffs: { rintisan: number; matang: number };
  irClasses: { ir2From: number; ir3From: number };
  socialCapital: { minElements: number };
  pktd: { wageShareMin: number; wageShareMinByYear: Record<string, number>; paymentFrequencies: string[] };
  policySupport: { programmeWeight: number; rulesWeight: number; beneficiariesWeight: number };
  candidates: CandidateRules;
  recommendations: {
    weakBelow: number;
    socialCapitalWeakBelow: number;
    policySupportWeakBelow: number;
    /** weight (and indicator count 1) used for the priority of social capital and policy support */
    extraWeight: number;
    shown: number;
    /** keyed by indicator name, "social_capital", "policy_support" and "R1".."R5" */
    actions: Record<string, RecommendationAction>;
    strategies: Record<Stratum, Text>;
  };
};

export type RubricIssue = { path: string; key: "weights_sum" | "score_range" | "cutoff_order" | "missing" | "invalid" };

const WEIGHT_TOLERANCE = 1e-9;
const inScoreRange = (x: number) => x >= 1 && x <= 3;

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** The rules zod cannot say in a shape: sums, ranges and orders, each with its own key. */
function semanticIssues(r: Rubric): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const names = r.variables.map((v) => v.name);
  if (names.length !== 4 || new Set(names).size !== 4) issues.push({ path: "variables", key: "invalid" });
  const sum = r.variables.reduce((s, v) => s + v.weight, 0);
  if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) issues.push({ path: "variables", key: "weights_sum" });
  const seen = new Set<string>();
  r.variables.forEach((v, vi) =>
    v.indicators.forEach((ind, ii) => {
      const base = `variables.${vi}.indicators.${ii}`;
      if (seen.has(ind.name)) issues.push({ path: `${base}.name`, key: "invalid" });
      seen.add(ind.name);
      const scores: [string, number][] =
        ind.kind === "levels"
          ? Object.entries(ind.levels).map(([code, s]) => [`levels.${code}`, s])
          : ind.kind === "count"
            ? ind.scores.map((s, i) => [`scores.${i}`, s])
            : ind.bands.map((b, i) => [`bands.${i}.score`, b.score]);
      for (const [p, s] of scores) if (!inScoreRange(s)) issues.push({ path: `${base}.${p}`, key: "score_range" });
      if (ind.kind === "unit_size" && ind.bands.some((b, i) => i > 0 && b.min <= (ind.bands[i - 1]?.min ?? -Infinity))) {
        issues.push({ path: `${base}.bands`, key: "invalid" });
      }
    }),
  );
  const { rintisan, matang } = r.cutoffs;
  if (!(1 <= rintisan && rintisan < matang && matang <= 3)) issues.push({ path: "cutoffs", key: "cutoff_order" });
  const { ir2From, ir3From } = r.irClasses;
  if (!(0 < ir2From && ir2From < ir3From && ir3From <= 18)) issues.push({ path: "irClasses", key: "cutoff_order" });
  return issues;
}

/** A rubric as stored or edited by an administrator, checked before anything is scored with it. */
export function validateRubric(value: unknown): { ok: true; rubric: Rubric } | { ok: false; issues: RubricIssue[] } {
  const parsed = rubricSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i): RubricIssue => ({ path: i.path.map(String).join("."), key: at(value, i.path) === undefined ? "missing" : "invalid" }),
    );
    return { ok: false, issues };
  }
  const issues = semanticIssues(parsed.data);
  return issues.length === 0 ? { ok: true, rubric: parsed.data } : { ok: false, issues };
}

export type RubricChanges = {
  weights?: Partial<Record<VariableName, number>>;
  cutoffs?: Partial<Rubric["cutoffs"]>;
  /** indicator → code → level score; for a count indicator the code is the count ("0".."4") */
  levels?: Record<string, Record<string, number>>;
  version?: string;
};

/** A copy of the rubric with the changes applied (not validated: call validateRubric on it). */
export function rubricWith(rubric: Rubric, changes: RubricChanges): Rubric {
  const copy = structuredClone(rubric);
  if (changes.version !== undefined) copy.version = changes.version;
  copy.cutoffs.rintisan = changes.cutoffs?.rintisan ?? copy.cutoffs.rintisan;
  copy.cutoffs.matang = changes.cutoffs?.matang ?? copy.cutoffs.matang;
  for (const v of copy.variables) {
    v.weight = changes.weights?.[v.name] ?? v.weight;
    for (const ind of v.indicators) {
      const levels = changes.levels?.[ind.name];
      if (!levels) continue;
      if (ind.kind === "levels") Object.assign(ind.levels, levels);
      else if (ind.kind === "count") for (const [k, s] of Object.entries(levels)) ind.scores[Number(k)] = s;
      else throw new Error(`rubricWith: ${ind.name} has bands, not levels`);
    }
  }
  const known = new Set(copy.variables.flatMap((v) => v.indicators.map((i) => i.name)));
  for (const name of Object.keys(changes.levels ?? {})) if (!known.has(name)) throw new Error(`rubricWith: unknown indicator ${name}`);
  return copy;
}
