import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { quadrantOf, quadrantThresholds } from "./quadrant";

// Thresholds: ready from klaster rintisan's cut-off 5/3 (rubric.md section 3), supported from
// policy support 50 (below 50 it is weak, section 7). A value at a threshold reaches it.
const t = quadrantThresholds(RUBRIC_V1);
const CASES: [number | null, number | null, string][] = [
  [5 / 3, 50, "ready_supported"],
  [5 / 3, 49.99, "ready_unsupported"],
  [1.66, 50, "supported_not_ready"],
  [1.66, 49.99, "neither"],
  [2.9, 100, "ready_supported"],
  [null, 80, "no_data"],
  [2, null, "no_data"],
];

describe("readiness × support quadrant", () => {
  it("states its thresholds from the rubric", () => {
    expect(t).toEqual({ readiness: 5 / 3, support: 50 });
  });
  it.each(CASES)("readiness %s, support %s → %s", (readiness, policySupport, q) => {
    expect(quadrantOf(t, { readiness, policySupport })).toBe(q);
  });
});
