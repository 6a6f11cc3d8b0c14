import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/import/export-csv";
import type { CandidateRow } from "./candidates";
import { CRITERIA } from "./criteria";

export const CANDIDATES_CSV_HEADER = [
  "rank", "code", "name", "region_code", "n", "candidate", "failed",
  ...CRITERIA.flatMap((id) => [id, `${id}_value`]),
  "priority", "priority_readiness", "priority_social_capital", "priority_policy_support",
  "rank_p5", "rank_p95", "share_candidate", "fragile", "decision",
] as const;

const num = (v: number | null) => (v === null ? "" : String(v));

/**
 * The candidate list as CSV: UTF-8 with BOM, CRLF, numbers unrounded with a decimal point
 * (as `candidates --json`); text cells go through the export's one formula neutraliser.
 */
export function candidatesToCsv(rows: readonly CandidateRow[], decisionOf: (code: string) => string | undefined): string {
  const body = rows.map((r) => [
    num(r.rank), neutraliseFormula(r.code), neutraliseFormula(r.name), r.regionCode, String(r.n), String(r.candidate), r.failed.join(" "),
    ...CRITERIA.flatMap((id) => {
      const c = r.criteria[id];
      return [c.status, c.value === null ? "" : String(c.value)];
    }),
    num(r.priority.value), num(r.priority.parts.readiness), num(r.priority.parts.socialCapital), num(r.priority.parts.policySupport),
    num(r.robustness.rankLow), num(r.robustness.rankHigh), String(r.robustness.shareCandidate), String(r.robustness.fragile),
    decisionOf(r.code) ?? "",
  ]);
  return "\uFEFF" + stringify([[...CANDIDATES_CSV_HEADER], ...body], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
