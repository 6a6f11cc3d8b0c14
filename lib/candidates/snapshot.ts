import type { Stratum } from "@/lib/scoring/rubric";
import type { CandidateRow } from "./candidates";
import { CRITERIA, type Criteria } from "./criteria";
import type { Priority } from "./priority";
import type { Robustness } from "./robustness";

export const DECISION_KINDS = ["shortlisted", "selected", "rejected", "deferred"] as const;
export type DecisionKindName = (typeof DECISION_KINDS)[number];

/** What a decision was made on; stored with it and never changed by a later rescore. */
export type DecisionSnapshot = {
  round: string;
  rubricVersion: string;
  /** when the scores it read were computed, and the hash of their inputs */
  computedAt: string;
  inputsHash: string;
  n: number;
  readiness: number | null;
  stratum: Stratum | null;
  socialCapital: number | null;
  policySupport: number | null;
  candidate: boolean;
  rank: number | null;
  /** the region whose clusters the rank and robustness were computed among (the regency) */
  rankedWithin: string;
  priority: Priority;
  criteria: Criteria;
  robustness: Robustness;
};

export function decisionSnapshotOf(
  row: CandidateRow,
  stored: { round: string; rubricVersion: string; computedAt: Date; inputsHash: string; stratum: Stratum | null; socialCapital: number | null; policySupport: number | null },
  rankedWithin: string,
): DecisionSnapshot {
  return {
    round: stored.round,
    rubricVersion: stored.rubricVersion,
    computedAt: stored.computedAt.toISOString(),
    inputsHash: stored.inputsHash,
    n: row.n,
    readiness: row.readiness,
    stratum: stored.stratum,
    socialCapital: stored.socialCapital,
    policySupport: stored.policySupport,
    candidate: row.candidate,
    rank: row.rank,
    rankedWithin,
    priority: row.priority,
    criteria: row.criteria,
    robustness: row.robustness,
  };
}

export type SnapshotChange = { field: "n" | "readiness" | "stratum" | "socialCapital" | "policySupport" | "priority" | "candidate" | "criteria"; before: string | number | boolean | null; now: string | number | boolean | null };

const same = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b);
const statuses = (c: Criteria) => CRITERIA.map((id) => `${id}:${c[id].status}`).join(" ");

/** How the cluster's current scores differ from those a decision was made on; null current = no longer scored. */
export function snapshotChanges(then: DecisionSnapshot, now: DecisionSnapshot | null): SnapshotChange[] | null {
  if (!now) return null;
  const pairs: SnapshotChange[] = [
    { field: "n", before: then.n, now: now.n },
    { field: "readiness", before: then.readiness, now: now.readiness },
    { field: "stratum", before: then.stratum, now: now.stratum },
    { field: "socialCapital", before: then.socialCapital, now: now.socialCapital },
    { field: "policySupport", before: then.policySupport, now: now.policySupport },
    { field: "priority", before: then.priority.value, now: now.priority.value },
    { field: "candidate", before: then.candidate, now: now.candidate },
    { field: "criteria", before: statuses(then.criteria), now: statuses(now.criteria) },
  ];
  return pairs.filter((p) => !same(p.before, p.now));
}
