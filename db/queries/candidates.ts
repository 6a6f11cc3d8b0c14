import { and, asc, eq, like, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { StoredClusterScore } from "@/lib/candidates/input";
import type { DbOrTx } from "../client";
import { scoreSnapshots } from "../schema";
import { scopeCondition } from "./scope";

/**
 * The stored scores of a round's clusters that the candidate rules read, within the actor's
 * regions (and an optional region). Only the parts of `result` they need leave the database:
 * variable scores, IR classes and the supporting-institutions distribution.
 */
export async function listClusterScores(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; regionCode?: string }): Promise<StoredClusterScore[]> {
  const rows = await db
    .select({
      unitCode: scoreSnapshots.unitCode,
      unitName: scoreSnapshots.unitName,
      regionCode: scoreSnapshots.regionCode,
      n: scoreSnapshots.n,
      readiness: scoreSnapshots.readiness,
      stratum: scoreSnapshots.stratum,
      socialCapital: scoreSnapshots.socialCapital,
      policySupport: scoreSnapshots.policySupport,
      variables: sql<unknown>`${scoreSnapshots.result} -> 'score' -> 'variables'`,
      ir: sql<unknown>`${scoreSnapshots.result} -> 'score' -> 'ir'`,
      institutions: sql<unknown>`jsonb_path_query_first(${scoreSnapshots.result}, '$.score.working.indicators[*] ? (@.indicator == "supporting_institutions")')`,
    })
    .from(scoreSnapshots)
    .where(
      and(
        eq(scoreSnapshots.roundId, q.roundId),
        eq(scoreSnapshots.rubricVersion, q.version),
        eq(scoreSnapshots.unitType, "cluster"),
        scopeCondition(actor, scoreSnapshots.regionCode),
        q.regionCode ? or(eq(scoreSnapshots.regionCode, q.regionCode), like(scoreSnapshots.regionCode, `${q.regionCode}.%`)) : undefined,
      ),
    )
    .orderBy(asc(scoreSnapshots.unitCode));
  return rows.map(({ variables, ir, institutions, ...r }) => ({
    ...r,
    result: { score: { variables, ir, working: { indicators: institutions ? [institutions] : [] } } },
  }));
}
