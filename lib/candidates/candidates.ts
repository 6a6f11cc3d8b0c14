import type { Rubric } from "@/lib/scoring/rubric";
import { criteriaOf, failedCriteria, isCandidate, type Criteria, type CriterionId } from "./criteria";
import type { CandidateInput } from "./input";
import { priorityOf, type Priority } from "./priority";
import { rankOrder } from "./rank";
import { robustnessOf, type Robustness } from "./robustness";

export type CandidateRow = {
  code: string;
  name: string;
  regionCode: string;
  n: number;
  readiness: number | null;
  candidate: boolean;
  /** 1.. among candidates; null for the others */
  rank: number | null;
  criteria: Criteria;
  failed: CriterionId[];
  priority: Priority;
  robustness: Robustness;
};

/**
 * The pilot-cluster candidates of rubric.md section 6 from stored cluster scores: candidates
 * first in rank order, then the other clusters in the same order, with the criteria they fail.
 */
export function candidatesFor(rubric: Rubric, clusters: readonly CandidateInput[]): CandidateRow[] {
  const rules = rubric.candidates;
  const base = clusters.map((c) => {
    const criteria = criteriaOf(rules, rubric.cutoffs, c);
    const priority = priorityOf(rules.priorityWeights, c);
    return { input: c, code: c.code, readiness: c.readiness, priority: priority.value, priorityParts: priority, criteria, candidate: isCandidate(criteria) };
  });
  const baseCandidates = new Set(base.filter((b) => b.candidate).map((b) => b.code));
  const robustness = robustnessOf(rubric, clusters, baseCandidates);
  const ordered = [...rankOrder(base.filter((b) => b.candidate)), ...rankOrder(base.filter((b) => !b.candidate))];
  return ordered.map((b, i) => ({
    code: b.code,
    name: b.input.name,
    regionCode: b.input.regionCode,
    n: b.input.n,
    readiness: b.readiness,
    candidate: b.candidate,
    rank: b.candidate ? i + 1 : null,
    criteria: b.criteria,
    failed: failedCriteria(b.criteria),
    priority: b.priorityParts,
    robustness: robustness.get(b.code) as Robustness,
  }));
}

/** One cluster's status among the others of its list (for a profile or a brief). */
export function candidateStatusOf(rows: readonly CandidateRow[], code: string): CandidateRow | null {
  return rows.find((r) => r.code === code) ?? null;
}
