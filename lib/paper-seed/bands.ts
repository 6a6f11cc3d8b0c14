/**
 * Deterministic placement helpers. Respondents are ordered by a maturity rank
 * (1 = least advanced, 101 = most advanced); a table's categories are laid along that
 * order as consecutive bands whose widths are the published counts.
 */

export type Band<C extends string> = readonly [code: C, count: number];

/** The category whose band holds `rank` (1-based) when bands are laid out in order. */
export function bandOf<C extends string>(rank: number, bands: readonly Band<C>[]): C {
  let upper = 0;
  for (const [code, count] of bands) {
    upper += count;
    if (rank <= upper) return code;
  }
  throw new RangeError(`rank ${rank} lies beyond the bands (total ${upper})`);
}

/**
 * Picks `count` of `slots` items as evenly as possible (Bresenham): slot i is taken when
 * floor((i+1)·count/slots) steps up. The last slot is always taken when count > 0.
 */
export function evenPick(count: number, slots: number): boolean[] {
  if (count > slots) throw new RangeError(`cannot pick ${count} of ${slots}`);
  return Array.from(
    { length: slots },
    (_, i) => Math.floor(((i + 1) * count) / slots) > Math.floor((i * count) / slots),
  );
}

/** The members of `items` chosen by evenPick(count, items.length). */
export function pickEvenly<T>(items: readonly T[], count: number): T[] {
  const taken = evenPick(count, items.length);
  return items.filter((_, i) => taken[i]);
}

/** 1, 2, …, n */
export function ranksUpTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
