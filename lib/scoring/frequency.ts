export type FrequencyRow = { code: string; n: number; pct: number };
export type FrequencyTable = { field: string; n: number; rows: FrequencyRow[] };

/** A multi-select answer as the paper's Table 21 counts it: the distinct codes, sorted, space-joined. */
export function combinationCode(values: readonly string[]): string {
  return [...new Set(values)].sort().join(" ");
}

/**
 * Paper-style frequency table of one field (count and % of respondents who answered).
 * Multi-select fields count each distinct combination. Blank answers are left out of n.
 */
export function frequencyTable(records: readonly Record<string, unknown>[], field: string): FrequencyTable {
  const counts = new Map<string, number>();
  for (const r of records) {
    const v = r[field];
    if (v === null || v === undefined || v === "") continue;
    const code = Array.isArray(v) ? combinationCode(v as string[]) : String(v);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return frequencyFromCounts(field, counts);
}

/** The same table from answers already counted (code → respondents). */
export function frequencyFromCounts(field: string, counts: ReadonlyMap<string, number>): FrequencyTable {
  let n = 0;
  for (const count of counts.values()) n += count;
  const rows = [...counts]
    .map(([code, count]) => ({ code, n: count, pct: n ? Math.round((10_000 * count) / n) / 100 : 0 }))
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
  return { field, n, rows };
}
