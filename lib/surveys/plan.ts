import { createHash } from "node:crypto";

/** sha256 of a record with its keys sorted, so the same answers always hash the same. */
export function recordHash(record: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]));
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * The inputs hash of a scored unit: `recordHash({ rubric, year, rows, pktd })`, byte for byte,
 * with the rubric's JSON written once per rescore instead of once per unit (a national rescore
 * scores 190,000 units under the same rubric).
 */
export function unitInputsHasher(rubric: unknown, year: number | null) {
  const tail = `],["rubric",${JSON.stringify(rubric)}],["year",${JSON.stringify(year)}]]`;
  return (rows: readonly string[], pktd: readonly string[]): string =>
    createHash("sha256").update(`[["pktd",${JSON.stringify(pktd)}],["rows",`).update(JSON.stringify(rows)).update(tail).digest("hex");
}

export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type ImportPlan<K> = { new: K[]; changed: K[]; unchanged: K[] };

/** Classifies incoming rows against what the database holds (key → row hash). */
export function planImport<K>(existing: ReadonlyMap<K, string>, incoming: readonly { key: K; hash: string }[]): ImportPlan<K> {
  const plan: ImportPlan<K> = { new: [], changed: [], unchanged: [] };
  for (const row of incoming) {
    const before = existing.get(row.key);
    if (before === undefined) plan.new.push(row.key);
    else if (before === row.hash) plan.unchanged.push(row.key);
    else plan.changed.push(row.key);
  }
  return plan;
}
