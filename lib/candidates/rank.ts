/** What ranking compares: priority, then readiness (both highest first, missing last), then code. */
export type Rankable = { code: string; priority: number | null; readiness: number | null };

const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
// code points, not the locale: the same order on every machine
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareRankable(a: Rankable, b: Rankable): number {
  return desc(a.priority, b.priority) || desc(a.readiness, b.readiness) || byCode(a.code, b.code);
}

/** A sorted copy. */
export function rankOrder<T extends Rankable>(rows: readonly T[]): T[] {
  return [...rows].sort(compareRankable);
}
