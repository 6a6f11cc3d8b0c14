import { normal, streamOf } from "./random";

const cache = new Map<string, number>();

/** A region's own random effect, the same wherever it is asked for. */
function effectOf(seed: number, code: string): number {
  const key = `${seed}|${code}`;
  let e = cache.get(key);
  if (e === undefined) {
    e = normal(streamOf(seed, `effect:${code}`));
    if (cache.size > 20_000) cache.clear();
    cache.set(key, e);
  }
  return e;
}

/**
 * How developed a village's home industries are, on a standard-normal-like scale: province,
 * regency and district effects plus the village's own, so strata vary from place to place.
 */
export function regionalEffect(seed: number, villageCode: string): number {
  const [p, k, d] = villageCode.split(".");
  return 0.55 * effectOf(seed, p!) + 0.45 * effectOf(seed, `${p}.${k}`) + 0.3 * effectOf(seed, `${p}.${k}.${d}`) + 0.25 * effectOf(seed, villageCode);
}
