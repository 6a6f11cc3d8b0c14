import type { CandidateRules, Rubric, Stratum } from "@/lib/scoring/rubric";
import type { CandidateInput } from "./input";

export const CRITERIA = ["C1", "C2", "C3", "C4", "C5", "C6"] as const;
export type CriterionId = (typeof CRITERIA)[number];
export type CriterionStatus = "pass" | "fail" | "unknown";

/** One criterion: its status, the cluster's value and the threshold it is held to. */
export type CriterionResult =
  | { id: "C1"; status: CriterionStatus; value: Stratum | null; threshold: Stratum[] }
  | { id: Exclude<CriterionId, "C1">; status: CriterionStatus; value: number | null; threshold: number };

export type Criteria = Record<CriterionId, CriterionResult>;

const atLeast = (value: number | null, min: number): CriterionStatus => (value === null ? "unknown" : value >= min ? "pass" : "fail");
const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Stratum from readiness with the rubric's cut-offs (unrounded, as section 3 says). */
export function stratumAt(cutoffs: Rubric["cutoffs"], readiness: number): Stratum {
  return readiness < cutoffs.rintisan ? "sentra" : readiness < cutoffs.matang ? "rintisan" : "matang";
}

/**
 * C1-C6 of rubric.md section 6. `readiness` defaults to the stored one; the robustness draws
 * pass their own, and C1 then follows the stratum that readiness falls in.
 */
export function criteriaOf(rules: CandidateRules, cutoffs: Rubric["cutoffs"], c: CandidateInput, readiness = c.readiness): Criteria {
  const stratum = readiness === null ? null : readiness === c.readiness && c.stratum ? c.stratum : stratumAt(cutoffs, readiness);
  const classified = c.ir.IR1 + c.ir.IR2 + c.ir.IR3;
  const irShare = share(rules.C3.irClasses.reduce((s, k) => s + c.ir[k], 0), classified);
  const instShare = share(c.institutions.enough, c.institutions.answered);
  return {
    C1: { id: "C1", status: stratum === null ? "unknown" : rules.C1.strata.includes(stratum) ? "pass" : "fail", value: stratum, threshold: rules.C1.strata },
    C2: { id: "C2", status: atLeast(readiness, rules.C2.readinessMin), value: readiness, threshold: rules.C2.readinessMin },
    C3: { id: "C3", status: atLeast(irShare, rules.C3.shareMin), value: irShare, threshold: rules.C3.shareMin },
    C4: { id: "C4", status: atLeast(instShare, rules.C4.shareMin), value: instShare, threshold: rules.C4.shareMin },
    C5: { id: "C5", status: atLeast(c.socialCapital, rules.C5.socialCapitalMin), value: c.socialCapital, threshold: rules.C5.socialCapitalMin },
    C6: { id: "C6", status: atLeast(c.n > 0 ? c.n : null, rules.C6.unitSizeMin), value: c.n, threshold: rules.C6.unitSizeMin },
  };
}

/** "A candidate passes every criterion that is known": only a failed criterion excludes. */
export function isCandidate(criteria: Criteria): boolean {
  return CRITERIA.every((id) => criteria[id].status !== "fail");
}

export function failedCriteria(criteria: Criteria): CriterionId[] {
  return CRITERIA.filter((id) => criteria[id].status === "fail");
}
