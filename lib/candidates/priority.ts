import type { CandidateRules } from "@/lib/scoring/rubric";

export type PriorityPart = "readiness" | "socialCapital" | "policySupport";
export const PRIORITY_PARTS: readonly PriorityPart[] = ["readiness", "socialCapital", "policySupport"];

/** Priority 0-100 and what each part adds to it (null: the part is missing and left out). */
export type Priority = { value: number | null; parts: Record<PriorityPart, number | null> };

/**
 * rubric.md section 6: 100 × (0.50 × (readiness − 1)/2 + 0.25 × social capital/100 +
 * 0.25 × policy support/100); a missing part is left out and the others scaled to sum to 1.
 */
export function priorityOf(
  weights: CandidateRules["priorityWeights"],
  x: { readiness: number | null; socialCapital: number | null; policySupport: number | null },
): Priority {
  const scaled: Record<PriorityPart, number | null> = {
    readiness: x.readiness === null ? null : (x.readiness - 1) / 2,
    socialCapital: x.socialCapital === null ? null : x.socialCapital / 100,
    policySupport: x.policySupport === null ? null : x.policySupport / 100,
  };
  const known = PRIORITY_PARTS.filter((p) => scaled[p] !== null);
  const total = known.reduce((s, p) => s + weights[p], 0);
  const parts: Record<PriorityPart, number | null> = { readiness: null, socialCapital: null, policySupport: null };
  if (known.length === 0 || total <= 0) return { value: null, parts };
  for (const p of known) parts[p] = (100 * weights[p] * (scaled[p] as number)) / total;
  return { value: known.reduce((s, p) => s + (parts[p] as number), 0), parts };
}
