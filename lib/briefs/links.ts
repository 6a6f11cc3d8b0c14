import type { BriefUnitType } from "./input";

/** The briefs page's generate form, pre-filled with a unit, round and rubric version. */
export function briefGenerateHref(q: { type: BriefUnitType; code: string; round: string; rubric: string }): string {
  return `/briefs?${new URLSearchParams({ unit: `${q.type}:${q.code}`, round: q.round, rubric: q.rubric })}#brief-generate`;
}
