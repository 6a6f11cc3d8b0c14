import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { SC_ELEMENTS } from "@/lib/scoring/social-capital";

/** One unit of a comparison, as stored in its score snapshot. */
export type ComparedUnit = { key: string; score: UnitScore; policySupport: PolicySupport };

export type RowGroup = "summary" | "variables" | "indicators" | "ir" | "social" | "policy";
/** how a value is shown: score 1-3 (two decimals), index 0-100 (one), share 0-1 (percent), count */
export type RowFormat = "score" | "index" | "share" | "count" | "stratum";
export type Better = "higher" | "lower" | null;

export type CompareRow = {
  id: string;
  group: RowGroup;
  format: RowFormat;
  better: Better;
  values: (number | string | null)[];
  /** respondents behind each value, where it is not the unit's n */
  n: (number | null)[] | null;
  /** indexes of the units holding the best and the worst value (empty when all equal or < 2 known) */
  best: number[];
  worst: number[];
};

const STRATUM_ORDER = { sentra: 0, rintisan: 1, matang: 2 } as const;

/**
 * Indexes of the best and worst numeric values; nothing is marked when fewer than two are known
 * or all are equal. Values are compared as shown (`decimals`), so two "1,21" are never best and worst.
 */
export function extremes(values: readonly (number | null)[], better: Better, decimals = 12): { best: number[]; worst: number[] } {
  const shown = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
  const known = values
    .map((v, i) => ({ v: typeof v === "number" && Number.isFinite(v) ? shown(v) : null, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null);
  if (better === null || known.length < 2) return { best: [], worst: [] };
  const max = Math.max(...known.map((x) => x.v));
  const min = Math.min(...known.map((x) => x.v));
  // values within rounding noise of each other count as equal
  if (max - min < 1e-9) return { best: [], worst: [] };
  const at = (target: number) => known.filter((x) => Math.abs(x.v - target) < 1e-9).map((x) => x.i);
  return better === "higher" ? { best: at(max), worst: at(min) } : { best: at(min), worst: at(max) };
}

/** decimals each format is shown with (shares as percent with one decimal) */
const SHOWN_DECIMALS: Record<RowFormat, number> = { score: 2, index: 1, share: 3, count: 0, stratum: 0 };

function row(id: string, group: RowGroup, format: RowFormat, better: Better, values: (number | null)[], n: (number | null)[] | null = null): CompareRow {
  return { id, group, format, better, values, n, ...extremes(values, better, SHOWN_DECIMALS[format]) };
}

const share = (count: number, n: number) => (n > 0 ? count / n : null);
const rulesShare = (p: PolicySupport) => (p.checks.length ? p.checks.reduce((s, c) => s + c.passed, 0) / (5 * p.checks.length) : null);

/**
 * The side-by-side table: every figure a profile shows, one row each, in the rubric's order.
 * IR3 (advanced) is better when higher, IR1 (beginner) when lower; n and IR2 are not ranked.
 */
export function comparisonRows(rubric: Rubric, units: readonly ComparedUnit[]): CompareRow[] {
  const s = units.map((u) => u.score);
  const p = units.map((u) => u.policySupport);
  const rows: CompareRow[] = [
    row("n", "summary", "count", null, s.map((x) => x.n)),
    row("readiness", "summary", "score", "higher", s.map((x) => x.readiness)),
    {
      ...row("stratum", "summary", "stratum", "higher", s.map((x) => (x.stratum ? STRATUM_ORDER[x.stratum] : null))),
      values: s.map((x) => x.stratum),
    },
  ];
  for (const v of rubric.variables) rows.push(row(`variable.${v.name}`, "variables", "score", "higher", s.map((x) => x.variables[v.name] ?? null)));
  for (const v of rubric.variables) {
    for (const ind of v.indicators) rows.push(row(`indicator.${ind.name}`, "indicators", "score", "higher", s.map((x) => x.indicators[ind.name] ?? null)));
  }
  const classified = s.map((x) => x.ir.IR1 + x.ir.IR2 + x.ir.IR3);
  rows.push(
    row("ir.IR1", "ir", "share", "lower", s.map((x, i) => share(x.ir.IR1, classified[i]!)), classified),
    row("ir.IR2", "ir", "share", null, s.map((x, i) => share(x.ir.IR2, classified[i]!)), classified),
    row("ir.IR3", "ir", "share", "higher", s.map((x, i) => share(x.ir.IR3, classified[i]!)), classified),
  );
  rows.push(row("social.index", "social", "index", "higher", s.map((x) => x.socialCapital.index), s.map((x) => x.socialCapital.n)));
  for (const e of SC_ELEMENTS) {
    rows.push(row(`social.${e}`, "social", "index", "higher", s.map((x) => x.socialCapital.elements[e].score), s.map((x) => x.socialCapital.elements[e].n)));
  }
  rows.push(
    row("policy.index", "policy", "index", "higher", p.map((x) => x.index)),
    row("policy.programme", "policy", "share", "higher", p.map((x) => x.programmeShare), p.map((x) => x.programmeN)),
    row("policy.rules", "policy", "share", "higher", p.map(rulesShare), p.map((x) => x.checks.length)),
  );
  return rows;
}
