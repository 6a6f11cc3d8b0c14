import { and, count, eq, max, notInArray, sql } from "drizzle-orm";
import { hasNationalScope, type Actor } from "@/lib/auth/permissions";
import { STRATA, type Stratum } from "@/lib/scoring/rubric";
import type { DbOrTx } from "../client";
import { imports, scoreSnapshots, surveyRounds, users, type UnitType } from "../schema";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";
import { nationSummaries } from "./summaries";

/** Units of one type of a round by stratum (null = no readiness), within the actor's regions. */
export async function strataCounts(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; unitType: UnitType }) {
  const rows = await db
    .select({ stratum: scoreSnapshots.stratum, n: count() })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, q.roundId), eq(scoreSnapshots.rubricVersion, q.version), eq(scoreSnapshots.unitType, q.unitType), scopeCondition(actor, scoreSnapshots.regionCode)))
    .groupBy(scoreSnapshots.stratum);
  return rows.map((r) => ({ stratum: r.stratum, n: Number(r.n) }));
}

/**
 * Clusters by stratum over every round, each under its round's own rubric version (the national
 * picture). National scope reads each round's nation summary (one row per round); rounds without
 * one yet, and regional scopes, count their cluster snapshots.
 */
export async function strataAcrossRounds(db: DbOrTx, actor: Viewer) {
  const totals = new Map<Stratum | null, number>();
  const add = (stratum: Stratum | null, n: number) => totals.set(stratum, (totals.get(stratum) ?? 0) + n);
  const summarized: number[] = [];
  if (hasNationalScope(actor)) {
    for (const s of await nationSummaries(db, actor)) {
      summarized.push(s.roundId);
      const c = s.result.units.cluster;
      for (const stratum of STRATA) add(stratum, c[stratum]);
      add(null, c.none);
    }
  }
  const rows = await db
    .select({ stratum: scoreSnapshots.stratum, n: count() })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(
      and(
        eq(scoreSnapshots.unitType, "cluster"),
        scopeCondition(actor, scoreSnapshots.regionCode),
        visibleRoundCondition(actor, scoreSnapshots.roundId),
        summarized.length ? notInArray(scoreSnapshots.roundId, summarized) : undefined,
      ),
    )
    .groupBy(scoreSnapshots.stratum);
  for (const r of rows) add(r.stratum, Number(r.n));
  return [...totals].filter(([, n]) => n > 0).map(([stratum, n]) => ({ stratum, n }));
}

/** Regencies with stored scores in any round, with the rounds that cover them. */
export async function regenciesWithData(db: DbOrTx, actor: Viewer) {
  const rows = await db
    .selectDistinct({ code: scoreSnapshots.unitCode, name: scoreSnapshots.unitName, roundCode: surveyRounds.code })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(and(eq(scoreSnapshots.unitType, "regency"), scopeCondition(actor, scoreSnapshots.regionCode), visibleRoundCondition(actor, scoreSnapshots.roundId)))
    .orderBy(scoreSnapshots.unitCode);
  return rows;
}

/** Surveyed villages of a round whose stored policy support found no PKTD record for the round's year. */
export async function villagesWithoutPktd(db: DbOrTx, actor: Actor, q: { roundId: number; version: string }) {
  return db
    .select({ code: scoreSnapshots.unitCode, name: scoreSnapshots.unitName })
    .from(scoreSnapshots)
    .where(
      and(
        eq(scoreSnapshots.roundId, q.roundId),
        eq(scoreSnapshots.rubricVersion, q.version),
        eq(scoreSnapshots.unitType, "village"),
        sql`(${scoreSnapshots.result} -> 'policySupport' ->> 'noPktdRecord') = 'true'`,
        scopeCondition(actor, scoreSnapshots.regionCode),
      ),
    )
    .orderBy(scoreSnapshots.unitCode);
}

/**
 * When the round's stored scores were last computed: read off its regencies, since a change to
 * any unit's inputs (its respondents, a village's PKTD, the rubric) rewrites the regency holding it
 * in the same transaction; a national round has 190,000 snapshots and 514 regencies.
 */
export async function lastScoredAt(db: DbOrTx, roundId: number, version: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(scoreSnapshots.computedAt) })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.rubricVersion, version), eq(scoreSnapshots.unitType, "regency")));
  return row?.at ? new Date(row.at) : null;
}

/** Rounds this user has imported into (a researcher's own rounds). */
export async function roundIdsImportedBy(db: DbOrTx, userId: number): Promise<Set<number>> {
  const rows = await db.selectDistinct({ roundId: imports.roundId }).from(imports).where(eq(imports.actorId, userId));
  return new Set(rows.map((r) => r.roundId).filter((x): x is number => x !== null));
}

/** Accounts, active and in all (administrators only: the caller checks account:manage). */
export async function accountCounts(db: DbOrTx) {
  const [row] = await db.select({ total: count(), active: sql<number>`count(*) filter (where ${users.active})` }).from(users);
  return { total: Number(row?.total ?? 0), active: Number(row?.active ?? 0) };
}
