import { and, desc, eq, inArray, like, or } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { decisions, surveyRounds, type Decision } from "../schema";
import { scopeCondition } from "./scope";

export type NewDecision = Omit<typeof decisions.$inferInsert, "id" | "decidedAt">;
export type DecisionWithRound = Decision & { roundCode: string };

export async function insertDecision(tx: DbOrTx, row: NewDecision): Promise<Decision> {
  const [inserted] = await tx.insert(decisions).values(row).returning();
  return inserted!;
}

const withRound = { decision: decisions, roundCode: surveyRounds.code };
const flatten = (r: { decision: Decision; roundCode: string }): DecisionWithRound => ({ ...r.decision, roundCode: r.roundCode });
const underRegion = (code: string) => or(eq(decisions.regionCode, code), like(decisions.regionCode, `${code}.%`));

/**
 * The decision now in force on a cluster (the newest; it supersedes the ones before), or null
 * when there is none or the cluster lies outside the user's regions. For profiles and briefs.
 */
export async function latestDecision(db: DbOrTx, actor: Actor, clusterCode: string): Promise<DecisionWithRound | null> {
  const [row] = await db
    .select(withRound)
    .from(decisions)
    .innerJoin(surveyRounds, eq(surveyRounds.id, decisions.roundId))
    .where(and(eq(decisions.clusterCode, clusterCode), scopeCondition(actor, decisions.regionCode)))
    .orderBy(desc(decisions.id))
    .limit(1);
  return row ? flatten(row) : null;
}

/** The decision in force on each of these clusters (a list page's status column). */
export async function latestDecisions(db: DbOrTx, actor: Actor, clusterCodes: string[]): Promise<Map<string, DecisionWithRound>> {
  if (clusterCodes.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([decisions.clusterCode], withRound)
    .from(decisions)
    .innerJoin(surveyRounds, eq(surveyRounds.id, decisions.roundId))
    .where(and(inArray(decisions.clusterCode, clusterCodes), scopeCondition(actor, decisions.regionCode)))
    .orderBy(decisions.clusterCode, desc(decisions.id));
  return new Map(rows.map((r) => [r.decision.clusterCode, flatten(r)]));
}

/** The decision log, newest first: of one cluster, or of a region, within the user's regions. */
export async function listDecisions(db: DbOrTx, actor: Actor, q: { clusterCode?: string; regionCode?: string; limit?: number }): Promise<DecisionWithRound[]> {
  const rows = await db
    .select(withRound)
    .from(decisions)
    .innerJoin(surveyRounds, eq(surveyRounds.id, decisions.roundId))
    .where(
      and(
        q.clusterCode ? eq(decisions.clusterCode, q.clusterCode) : undefined,
        q.regionCode ? underRegion(q.regionCode) : undefined,
        scopeCondition(actor, decisions.regionCode),
      ),
    )
    .orderBy(desc(decisions.id))
    .limit(q.limit ?? 200);
  return rows.map(flatten);
}
