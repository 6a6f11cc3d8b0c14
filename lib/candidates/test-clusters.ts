// Shared fixtures of the candidate tests (not a test file itself).
import type { CandidateInput } from "./input";

/** A cluster that passes every criterion of rubric.md section 6 by a clear margin. */
export function cluster(over: Partial<CandidateInput> = {}): CandidateInput {
  return {
    code: "K-A",
    name: "Klaster A",
    regionCode: "18.01.16.2004",
    n: 20,
    readiness: 2,
    stratum: "rintisan",
    variables: { institution: 2, activity: 2, performance: 2, connectivity: 2 },
    ir: { IR1: 5, IR2: 10, IR3: 5, unclassified: 0 },
    institutions: { answered: 20, enough: 15 },
    socialCapital: 70,
    policySupport: 40,
    ...over,
  };
}

/** Same readiness on every variable, so that weight draws cannot move it. */
export const flat = (r: number) => ({ institution: r, activity: r, performance: r, connectivity: r });
