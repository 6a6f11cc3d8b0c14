import { CRITERIA, type CriterionStatus, type CriterionId } from "./criteria";
import type { CandidateRow } from "./candidates";

/** One object of `candidates --json` (shared/domain/interfaces.md), numbers unrounded. */
export type CandidateJson = {
  code: string;
  name: string;
  candidate: boolean;
  rank: number | null;
  priority: number | null;
  criteria: Record<CriterionId, CriterionStatus>;
  robustness: { rank_p5: number | null; rank_p95: number | null; share_candidate: number; fragile: boolean };
};

export function toCandidateJson(row: CandidateRow): CandidateJson {
  return {
    code: row.code,
    name: row.name,
    candidate: row.candidate,
    rank: row.rank,
    priority: row.priority.value,
    criteria: Object.fromEntries(CRITERIA.map((id) => [id, row.criteria[id].status])) as Record<CriterionId, CriterionStatus>,
    robustness: {
      rank_p5: row.robustness.rankLow,
      rank_p95: row.robustness.rankHigh,
      share_candidate: row.robustness.shareCandidate,
      fragile: row.robustness.fragile,
    },
  };
}
