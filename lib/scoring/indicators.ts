import type { IndicatorDef, VariableName } from "./rubric";

export type Answers = Record<string, unknown>;
export type IndicatorWorking = {
  variable: VariableName;
  indicator: string;
  score: number | null;
  /** respondents who answered (unit_size: respondents in the unit) */
  n: number;
  /** every code of the rubric with its count and level, lowest listed first; empty for unit_size */
  distribution: { code: string; n: number; level: number }[];
};

// counts past the last score take the last one (a v2 might list fewer scores than codes)
function countIndex(scores: readonly number[], values: readonly unknown[]): number {
  const distinct = new Set(values.filter((x) => typeof x === "string" && x !== "")).size;
  return Math.min(distinct, scores.length - 1);
}

export function unitSizeScore(bands: readonly { min: number; score: number }[], size: number): number | null {
  let score: number | null = null;
  for (const b of bands) if (size >= b.min) score = b.score;
  return size === 0 ? null : score;
}

/**
 * Where one respondent's answer counts in an indicator's distribution (its row: the code's
 * position among the rubric's levels, or the distinct-code count's score), -1 when blank or not a
 * code of the rubric. A respondent is read once per rescore; each unit containing her then only counts.
 */
export function indicatorSlot(def: IndicatorDef, answers: Answers): number {
  const v = answers[def.name];
  if (def.kind === "levels") return typeof v === "string" && Object.hasOwn(def.levels, v) ? levelCodes(def).get(v)! : -1;
  if (def.kind === "count") return Array.isArray(v) && def.scores.length > 0 ? countIndex(def.scores, v) : -1;
  return -1;
}

const codeIndexes = new WeakMap<object, Map<string, number>>();
function levelCodes(def: Extract<IndicatorDef, { kind: "levels" }>): Map<string, number> {
  let codes = codeIndexes.get(def.levels);
  if (!codes) {
    codes = new Map(Object.keys(def.levels).map((code, i) => [code, i]));
    codeIndexes.set(def.levels, codes);
  }
  return codes;
}

/** One indicator of a unit of `size` respondents from each one's slot (indicatorSlot): mean level over those who answered, with the distribution. */
export function scoreIndicatorSlots(def: IndicatorDef, variable: VariableName, size: number, slotAt: (i: number) => number): IndicatorWorking {
  const base = { variable, indicator: def.name };
  if (def.kind === "unit_size") {
    return { ...base, score: unitSizeScore(def.bands, size), n: size, distribution: [] };
  }
  const distribution =
    def.kind === "levels"
      ? Object.entries(def.levels).map(([code, level]) => ({ code, n: 0, level }))
      : def.scores.map((level, i) => ({ code: String(i), n: 0, level }));
  let sum = 0;
  let n = 0;
  for (let i = 0; i < size; i++) {
    const slot = slotAt(i);
    if (slot < 0) continue;
    const row = distribution[slot]!;
    sum += row.level;
    n++;
    row.n++;
  }
  return { ...base, score: n > 0 ? sum / n : null, n, distribution };
}

/** One indicator of a unit: mean level over the respondents who answered, with the distribution. */
export function scoreIndicator(def: IndicatorDef, variable: VariableName, respondents: readonly Answers[]): IndicatorWorking {
  return scoreIndicatorSlots(def, variable, respondents.length, (i) => indicatorSlot(def, respondents[i]!));
}
