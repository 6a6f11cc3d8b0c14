/** What a rescore did, in the shape rescoreRound returns. */
export type RescoreCount = { round: string; rubric: string; units: number; changed: number; removed: number };

/** One line for the console of `npm start`: says "already up to date" rather than "0 units recomputed". */
export function rescoreSummary(results: readonly RescoreCount[]): string {
  const rounds = new Set(results.map((r) => r.round)).size;
  const units = results.reduce((s, r) => s + r.units, 0);
  const changed = results.reduce((s, r) => s + r.changed, 0);
  const removed = results.reduce((s, r) => s + r.removed, 0);
  const of = `${units} ${units === 1 ? "unit" : "units"} in ${rounds} ${rounds === 1 ? "round" : "rounds"}`;
  if (results.length === 0) return "scores: no survey rounds yet, nothing to score";
  if (changed === 0 && removed === 0) return `scores: already up to date (${of})`;
  return `scores: recomputed ${changed} of ${of}${removed ? `, ${removed} removed` : ""}`;
}
