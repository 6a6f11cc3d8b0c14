import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { criteriaOf, isCandidate, type CriterionId, type CriterionStatus } from "./criteria";
import { cluster } from "./test-clusters";
import type { CandidateInput } from "./input";

const check = (c: CandidateInput) => criteriaOf(RUBRIC_V1.candidates, RUBRIC_V1.cutoffs, c);

// Thresholds written from rubric.md section 6: C1 sentra or rintisan, C2 readiness ≥ 1.60,
// C3 IR2+IR3 share ≥ 30 %, C4 share with ≥ 1 institution ≥ 50 %, C5 index ≥ 60, C6 n ≥ 10.
const CASES: [string, CriterionId, Partial<CandidateInput>, CriterionStatus][] = [
  ["sentra passes C1", "C1", { stratum: "sentra", readiness: 1.62 }, "pass"],
  ["rintisan passes C1", "C1", { stratum: "rintisan" }, "pass"],
  ["matang fails C1", "C1", { stratum: "matang", readiness: 2.5 }, "fail"],
  ["no readiness: C1 unknown", "C1", { stratum: null, readiness: null }, "unknown"],
  ["readiness 1.60 passes C2", "C2", { readiness: 1.6, stratum: "sentra" }, "pass"],
  ["readiness 1.59 fails C2", "C2", { readiness: 1.59, stratum: "sentra" }, "fail"],
  ["no readiness: C2 unknown", "C2", { readiness: null, stratum: null }, "unknown"],
  ["3 of 10 classified in IR2/IR3 passes C3", "C3", { ir: { IR1: 7, IR2: 2, IR3: 1, unclassified: 4 } }, "pass"],
  ["2 of 10 fails C3", "C3", { ir: { IR1: 8, IR2: 2, IR3: 0, unclassified: 0 } }, "fail"],
  ["nobody classified: C3 unknown", "C3", { ir: { IR1: 0, IR2: 0, IR3: 0, unclassified: 12 } }, "unknown"],
  ["half with an institution passes C4", "C4", { institutions: { answered: 20, enough: 10 } }, "pass"],
  ["9 of 20 fails C4", "C4", { institutions: { answered: 20, enough: 9 } }, "fail"],
  ["nobody answered: C4 unknown", "C4", { institutions: { answered: 0, enough: 0 } }, "unknown"],
  ["social capital 60 passes C5", "C5", { socialCapital: 60 }, "pass"],
  ["social capital 59.9 fails C5", "C5", { socialCapital: 59.9 }, "fail"],
  ["no social capital: C5 unknown", "C5", { socialCapital: null }, "unknown"],
  ["10 members pass C6", "C6", { n: 10 }, "pass"],
  ["9 members fail C6", "C6", { n: 9 }, "fail"],
];

describe("criteria C1-C6 (rubric.md section 6)", () => {
  it.each(CASES)("%s", (_, id, over, status) => {
    expect(check(cluster(over))[id].status).toBe(status);
  });

  it("shows the value and the threshold of each criterion", () => {
    const c = check(cluster({ ir: { IR1: 6, IR2: 3, IR3: 1, unclassified: 0 } }));
    expect(c.C3).toMatchObject({ value: 0.4, threshold: 0.3 });
    expect(c.C1).toMatchObject({ value: "rintisan", threshold: ["sentra", "rintisan"] });
    expect(c.C6).toMatchObject({ value: 20, threshold: 10 });
  });

  it("an unknown criterion does not exclude; a failed one does", () => {
    expect(isCandidate(check(cluster({ socialCapital: null })))).toBe(true);
    expect(isCandidate(check(cluster({ readiness: null, stratum: null, institutions: { answered: 0, enough: 0 } })))).toBe(true);
    expect(isCandidate(check(cluster({ n: 9 })))).toBe(false);
  });
});
