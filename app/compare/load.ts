import "server-only";
import type { ScoreSnapshot } from "@/db/schema";
import { comparisonRows, type ComparedUnit } from "@/lib/compare/rows";
import type { UnitRef } from "@/lib/compare/selection";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import type { ComparisonUnit } from "./comparison";

/** The chosen units' stored snapshots in the order chosen, as table rows and column heads. */
export function comparisonOf(rubric: Rubric, roundCode: string, refs: readonly UnitRef[], snapshots: readonly ScoreSnapshot[]) {
  const ordered = refs
    .map((r) => snapshots.find((s) => s.unitType === r.type && s.unitCode === r.code))
    .filter((s): s is ScoreSnapshot => s !== undefined);
  const compared: ComparedUnit[] = ordered.map((s) => {
    const { score, policySupport } = s.result as { score: UnitScore; policySupport: PolicySupport };
    return { key: `${s.unitType}:${s.unitCode}`, score, policySupport };
  });
  const units: ComparisonUnit[] = ordered.map((s) => ({
    type: s.unitType,
    code: s.unitCode,
    name: s.unitName,
    href:
      s.unitType === "cluster"
        ? `/scores/${encodeURIComponent(roundCode)}/cluster/${encodeURIComponent(s.unitCode)}`
        : `/regions/${s.unitCode}?round=${encodeURIComponent(roundCode)}`,
  }));
  return { units, rows: comparisonRows(rubric, compared), missing: refs.length - ordered.length };
}
