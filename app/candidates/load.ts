import { defaultRound } from "@/lib/surveys/round-status";
import "server-only";
import { getReadDb } from "@/db/client";
import { listClusterScores } from "@/db/queries/candidates";
import { latestDecisions } from "@/db/queries/decisions";
import { getRubricVersion, scoredVersions } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import type { Actor } from "@/lib/auth/permissions";
import { candidateInputOf, candidatesFor } from "@/lib/candidates";
import { isRegionCode } from "@/lib/regions/admin-units";
import type { Rubric } from "@/lib/scoring/rubric";

export type CandidatesQuery = { round?: string; rubric?: string; region?: string; page?: string; opage?: string };

/** The round, rubric and region of the URL, and the candidate list from stored scores. */
export async function loadCandidates(user: Actor, q: CandidatesQuery) {
  const db = await getReadDb();
  const rounds = await listRounds(db, user);
  const round = rounds.find((r) => r.code === q.round) ?? defaultRound(rounds);
  if (!round) return { kind: "no_rounds" as const };
  const versions = await scoredVersions(db, round.id);
  const version = versions.find((v) => v === q.rubric) ?? round.rubricVersion;
  const region = q.region && isRegionCode(q.region) ? q.region : undefined;
  const [rubricRow, stored] = await Promise.all([getRubricVersion(db, version), listClusterScores(db, user, { roundId: round.id, version, regionCode: region })]);
  if (!rubricRow) return { kind: "no_rounds" as const };
  const rubric = rubricRow.definition as Rubric;
  const rows = candidatesFor(rubric, stored.map((s) => candidateInputOf(rubric.candidates, s)));
  const decisions = await latestDecisions(db, user, rows.map((r) => r.code));
  return { kind: "ok" as const, rounds, round, versions: [...new Set([round.rubricVersion, ...versions])], version, region, rubric, rows, decisions };
}

export function candidatesHref(q: { round: string; rubric: string; region?: string }, path = "/candidates") {
  const p = new URLSearchParams({ round: q.round, rubric: q.rubric });
  if (q.region) p.set("region", q.region);
  return `${path}?${p}`;
}
