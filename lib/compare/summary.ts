import type { CompareRow } from "./rows";

export type ChartSummary =
  | { kind: "spread"; best: number; worst: number; bestValue: number; worstValue: number; variable: string; gap: number }
  | { kind: "equal"; value: number }
  | null;

/**
 * The facts of the chart's one-sentence summary: who has the highest and lowest readiness, and
 * the variable with the widest gap between the compared units. Null without two readiness values.
 */
export function chartSummary(rows: readonly CompareRow[]): ChartSummary {
  const readiness = rows.find((r) => r.id === "readiness");
  const known = (readiness?.values ?? []).map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => typeof x.v === "number");
  if (known.length < 2) return null;
  const hi = known.reduce((a, b) => (b.v > a.v ? b : a));
  const lo = known.reduce((a, b) => (b.v < a.v ? b : a));
  if (hi.v - lo.v < 1e-9) return { kind: "equal", value: hi.v };
  let variable = "";
  let gap = -1;
  for (const r of rows.filter((x) => x.group === "variables")) {
    const vs = r.values.filter((v): v is number => typeof v === "number");
    if (vs.length < 2) continue;
    const g = Math.max(...vs) - Math.min(...vs);
    if (g > gap) [variable, gap] = [r.id.replace("variable.", ""), g];
  }
  return { kind: "spread", best: hi.i, worst: lo.i, bestValue: hi.v, worstValue: lo.v, variable, gap: Math.max(gap, 0) };
}
