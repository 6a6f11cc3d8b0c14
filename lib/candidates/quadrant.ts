import type { Rubric } from "@/lib/scoring/rubric";

export const QUADRANTS = ["ready_supported", "ready_unsupported", "supported_not_ready", "neither"] as const;
export type Quadrant = (typeof QUADRANTS)[number] | "no_data";

/**
 * Readiness × support thresholds, both from the rubric: ready from the pilot-cluster cut-off
 * (klaster rintisan), supported from the policy-support level below which it is weak (section 7).
 */
export function quadrantThresholds(rubric: Rubric) {
  return { readiness: rubric.cutoffs.rintisan, support: rubric.recommendations.policySupportWeakBelow };
}

/** A value at a threshold counts as reaching it. */
export function quadrantOf(t: { readiness: number; support: number }, x: { readiness: number | null; policySupport: number | null }): Quadrant {
  if (x.readiness === null || x.policySupport === null) return "no_data";
  const ready = x.readiness >= t.readiness;
  const supported = x.policySupport >= t.support;
  return ready ? (supported ? "ready_supported" : "ready_unsupported") : supported ? "supported_not_ready" : "neither";
}
