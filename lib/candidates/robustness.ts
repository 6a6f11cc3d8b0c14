import type { Rubric } from "@/lib/scoring/rubric";
import { criteriaOf, isCandidate } from "./criteria";
import type { CandidateInput } from "./input";
import { priorityOf } from "./priority";
import { seededRandom } from "./random";
import { compareRankable, type Rankable } from "./rank";

export type Robustness = {
  /** rank at the low and high percentile over the draws in which the cluster is a candidate; null when it never is */
  rankLow: number | null;
  rankHigh: number | null;
  /** share of draws in which it is a candidate */
  shareCandidate: number;
  /** only a candidate can be fragile: share below the minimum or interval wider than allowed */
  fragile: boolean;
};

/** Nearest-rank percentile of sorted values: the smallest value with at least p % at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? null;
}

/** The variable weights of one draw: each within ±spread of its value (uniform), rescaled to sum to 1. */
export function drawWeights(weights: readonly number[], spread: number, random: () => number): number[] {
  const drawn = weights.map((w) => w * (1 + spread * (2 * random() - 1)));
  const sum = drawn.reduce((s, w) => s + w, 0);
  return drawn.map((w) => w / sum);
}

/**
 * rubric.md section 6 "Robustness": re-rank under `draws` weight sets from the rubric's seed.
 * `baseCandidate` says which clusters are candidates with the rubric's own weights.
 */
export function robustnessOf(rubric: Rubric, clusters: readonly CandidateInput[], baseCandidate: ReadonlySet<string>): Map<string, Robustness> {
  const rules = rubric.candidates;
  const { spread, draws, seed, minShare, maxInterval, percentiles } = rules.robustness;
  const random = seededRandom(seed);
  const weights = rubric.variables.map((v) => v.weight);
  const names = rubric.variables.map((v) => v.name);
  const ranks: number[][] = clusters.map(() => []);
  const rows: (Rankable & { i: number })[] = clusters.map((c, i) => ({ code: c.code, priority: null, readiness: null, i }));

  for (let d = 0; d < draws; d++) {
    const w = drawWeights(weights, spread, random);
    const inDraw: (Rankable & { i: number })[] = [];
    clusters.forEach((c, i) => {
      let readiness: number | null = 0;
      for (let k = 0; k < names.length; k++) {
        const score = c.variables[names[k]!];
        if (score === null) {
          readiness = null;
          break;
        }
        readiness += w[k]! * score;
      }
      if (!isCandidate(criteriaOf(rules, rubric.cutoffs, c, readiness))) return;
      const row = rows[i]!;
      row.readiness = readiness;
      row.priority = priorityOf(rules.priorityWeights, { readiness, socialCapital: c.socialCapital, policySupport: c.policySupport }).value;
      inDraw.push(row);
    });
    inDraw.sort(compareRankable);
    inDraw.forEach((row, r) => ranks[row.i]!.push(r + 1));
  }

  return new Map(
    clusters.map((c, i) => {
      const sorted = ranks[i]!.sort((a, b) => a - b);
      const rankLow = percentile(sorted, percentiles.low);
      const rankHigh = percentile(sorted, percentiles.high);
      const shareCandidate = draws > 0 ? sorted.length / draws : 0;
      const wide = rankLow !== null && rankHigh !== null && rankHigh - rankLow > maxInterval;
      const fragile = baseCandidate.has(c.code) && (shareCandidate < minShare || wide);
      return [c.code, { rankLow, rankHigh, shareCandidate, fragile }];
    }),
  );
}
