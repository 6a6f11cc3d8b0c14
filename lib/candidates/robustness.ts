import type { Rubric } from "@/lib/scoring/rubric";
import { criteriaOf } from "./criteria";
import type { CandidateInput } from "./input";
import { priorityOf } from "./priority";
import { seededRandom } from "./random";

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
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
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
 * What a draw can change of one cluster: only readiness moves with the weights, so C3-C6 and
 * the social-capital and support parts of priority are worked out once (the page must answer
 * for 1,000 clusters × 1,000 draws well within its time).
 */
function prepare(rubric: Rubric, c: CandidateInput) {
  const rules = rubric.candidates;
  const names = rubric.variables.map((v) => v.name);
  const scores = names.map((n) => c.variables[n]);
  const complete = scores.every((s) => s !== null);
  // readiness moves in a draw, so C1 and C2 are left out here and checked per draw
  const fixed = criteriaOf(rules, rubric.cutoffs, { ...c, readiness: null, stratum: null });
  const fixedFail = (["C3", "C4", "C5", "C6"] as const).some((id) => fixed[id].status === "fail");
  // priority is linear in readiness: slope × readiness + intercept (constant without readiness)
  const at1 = priorityOf(rules.priorityWeights, { readiness: complete ? 1 : null, socialCapital: c.socialCapital, policySupport: c.policySupport }).value;
  const at3 = priorityOf(rules.priorityWeights, { readiness: complete ? 3 : null, socialCapital: c.socialCapital, policySupport: c.policySupport }).value;
  const slope = at1 === null || at3 === null ? 0 : (at3 - at1) / 2;
  return { scores: complete ? Float64Array.from(scores as number[]) : null, fixedFail, slope, intercept: at1 === null ? null : at1 - slope };
}

/**
 * rubric.md section 6 "Robustness": re-rank under `draws` weight sets from the rubric's seed.
 * `baseCandidate` says which clusters are candidates with the rubric's own weights.
 */
export function robustnessOf(rubric: Rubric, clusters: readonly CandidateInput[], baseCandidate: ReadonlySet<string>): Map<string, Robustness> {
  const rules = rubric.candidates;
  const { spread, draws, seed, minShare, maxInterval, percentiles } = rules.robustness;
  const { rintisan, matang } = rubric.cutoffs;
  // C1 as readiness intervals, so a draw compares numbers instead of naming a stratum
  const allowSentra = rules.C1.strata.includes("sentra");
  const allowRintisan = rules.C1.strata.includes("rintisan");
  const allowMatang = rules.C1.strata.includes("matang");
  const minReadiness = rules.C2.readinessMin;
  const random = seededRandom(seed);
  const weights = rubric.variables.map((v) => v.weight);
  // ties end on the cluster code: rank positions in code order once
  const byCode = clusters.map((c, i) => ({ c, i })).sort((a, b) => (a.c.code < b.c.code ? -1 : a.c.code > b.c.code ? 1 : 0));
  const codeOrder = new Int32Array(clusters.length);
  byCode.forEach((x, k) => (codeOrder[x.i] = k));
  const prepared = clusters.map((c) => prepare(rubric, c));
  const live = Int32Array.from(prepared.map((p, i) => i).filter((i) => !prepared[i]!.fixedFail));

  const n = clusters.length;
  // the prepared parts as flat typed arrays: the draw loop runs draws × clusters times
  const V = weights.length;
  const variableScores = new Float64Array(n * V);
  const complete = new Uint8Array(n);
  const slope = new Float64Array(n);
  const intercept = new Float64Array(n);
  const hasIntercept = new Uint8Array(n);
  prepared.forEach((p, i) => {
    if (p.scores) {
      complete[i] = 1;
      variableScores.set(p.scores, i * V);
    }
    slope[i] = p.slope;
    hasIntercept[i] = p.intercept === null ? 0 : 1;
    intercept[i] = p.intercept ?? 0;
  });
  const priority = new Float64Array(n);
  const readiness = new Float64Array(n);
  const hasReadiness = new Uint8Array(n);
  // rank of cluster i in its k-th draw as a candidate: ranks[i * draws + k]
  const ranks = new Int32Array(n * draws);
  const counts = new Int32Array(n);
  const scored = new Int32Array(live.length);
  const keys = new Float64Array(live.length);
  const unscored: number[] = [];
  // after priority: readiness (missing last), then code
  const after = (a: number, b: number) => hasReadiness[b]! - hasReadiness[a]! || readiness[b]! - readiness[a]! || codeOrder[a]! - codeOrder[b]!;

  for (let d = 0; d < draws; d++) {
    const w = drawWeights(weights, spread, random);
    let m = 0;
    unscored.length = 0;
    for (let l = 0; l < live.length; l++) {
      const i = live[l]!;
      if (complete[i]) {
        let r = 0;
        for (let k = 0, o = i * V; k < V; k++, o++) r += w[k]! * variableScores[o]!;
        if (r < minReadiness || !(r < rintisan ? allowSentra : r < matang ? allowRintisan : allowMatang)) continue;
        readiness[i] = r;
        hasReadiness[i] = 1;
      } else hasReadiness[i] = 0;
      if (!hasIntercept[i]) {
        unscored.push(i);
        continue;
      }
      priority[i] = complete[i] ? slope[i]! * readiness[i]! + intercept[i]! : intercept[i]!;
      scored[m] = i;
      keys[m++] = -priority[i]!;
    }
    // rank = 1 + those with a higher priority (a native numeric sort and a binary search,
    // no comparator calls), then the exact ties, which are rare, ordered one by one
    const sorted = keys.subarray(0, m).slice().sort();
    for (let s = 0; s < m; s++) {
      const i = scored[s]!;
      const k = keys[s]!;
      const below = lowerBound(sorted, k);
      let rank = below + 1;
      if (sorted[below + 1] === k) for (let t = 0; t < m; t++) if (keys[t] === k && t !== s && after(scored[t]!, i) < 0) rank++;
      ranks[i * draws + counts[i]!++] = rank;
    }
    unscored.sort(after).forEach((i, k) => (ranks[i * draws + counts[i]!++] = m + k + 1));
  }

  return new Map(
    clusters.map((c, i) => {
      const sorted = ranks.subarray(i * draws, i * draws + counts[i]!).sort();
      const rankLow = percentile(sorted, percentiles.low);
      const rankHigh = percentile(sorted, percentiles.high);
      const shareCandidate = draws > 0 ? sorted.length / draws : 0;
      const wide = rankLow !== null && rankHigh !== null && rankHigh - rankLow > maxInterval;
      const fragile = baseCandidate.has(c.code) && (shareCandidate < minShare || wide);
      return [c.code, { rankLow, rankHigh, shareCandidate, fragile }];
    }),
  );
}

/** Index of the first value ≥ x in ascending `a`. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
