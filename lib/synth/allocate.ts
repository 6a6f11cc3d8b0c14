import { streamOf, type Random } from "./random";
import { regionalEffect } from "./effects";

/**
 * The villages of a synthetic round: all when `n` is at least their number, otherwise a seeded
 * sample (partial Fisher-Yates), in code order either way.
 */
export function sampleVillages(codes: readonly string[], n: number, seed: number): string[] {
  const sorted = [...codes].sort();
  if (n >= sorted.length) return sorted;
  const random = streamOf(seed, "sample");
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (sorted.length - i));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, n).sort();
}

export type VillagePlan = { villageCode: string; respondents: number; clusters: number };

/** One village's share of the respondents: more in better-off regions, never the same everywhere. */
function weightOf(random: Random, effect: number) {
  return Math.exp(0.35 * effect + 0.45 * (random() * 2 - 1));
}

/**
 * Splits `respondents` over the villages (exactly, by cumulative rounding of seeded weights) and
 * gives one cluster per 20 respondents of the running total, so clusters come out near
 * respondents / 20 and a village with few respondents may have none.
 */
export function planVillages(villages: readonly string[], respondents: number, seed: number, perCluster = 20): VillagePlan[] {
  const weights = villages.map((v) => weightOf(streamOf(seed, `w:${v}`), regionalEffect(seed, v)));
  const total = weights.reduce((a, b) => a + b, 0);
  const plans: VillagePlan[] = [];
  let cumulative = 0;
  let given = 0;
  for (let i = 0; i < villages.length; i++) {
    cumulative += weights[i]!;
    const upTo = i === villages.length - 1 ? respondents : Math.round((cumulative / total) * respondents);
    const n = upTo - given;
    const clusters = Math.floor(upTo / perCluster) - Math.floor(given / perCluster);
    plans.push({ villageCode: villages[i]!, respondents: n, clusters: n === 0 ? 0 : Math.min(clusters, n) });
    given = upTo;
  }
  return plans;
}
