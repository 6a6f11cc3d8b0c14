import { and, count, eq, inArray, like, or, sql } from "drizzle-orm";
import { hasNationalScope } from "@/lib/auth/permissions";
import { addAnswerCounts, answerCountsSchema, countAnswers, type AnswerCounts } from "@/lib/indicators/counts";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import { levelOfCode } from "@/lib/regions/admin-units";
import type { IrClassCutoffs } from "@/lib/scoring/ir-class";
import { emptyStratumCounts, type LevelSummary, type StratumCounts, type SummaryUnitType } from "@/lib/scoring/merge-scores";
import { parseStoredScore } from "@/lib/scoring/stored-score";
import type { DbOrTx } from "../client";
import { answerCounts, levelSummaries, scoreSnapshots, surveyRounds } from "../schema";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";
import { publicRoundAnswers } from "./public";
import { listRespondentAnswers } from "./surveys";

export const NATION_CODE = "ID";

// ---- system reads and writes of the rescore ----

/** The stored regency scores of one province (inputs of its summary). */
export async function provinceRegencyScores(db: DbOrTx, q: { roundId: number; version: string; province: string }) {
  const rows = await db
    .select({ code: scoreSnapshots.unitCode, hash: scoreSnapshots.inputsHash, result: scoreSnapshots.result })
    .from(scoreSnapshots)
    .where(
      and(
        eq(scoreSnapshots.roundId, q.roundId),
        eq(scoreSnapshots.rubricVersion, q.version),
        eq(scoreSnapshots.unitType, "regency"),
        like(scoreSnapshots.regionCode, `${q.province}.%`),
      ),
    )
    .orderBy(scoreSnapshots.unitCode);
  return rows.map((r) => ({ code: r.code, hash: r.hash, result: parseStoredScore(r.result, `score of regency ${r.code}`) }));
}

/** A province's stored units by type and stratum. */
export async function provinceStratumCounts(db: DbOrTx, q: { roundId: number; version: string; province: string }): Promise<Record<SummaryUnitType, StratumCounts>> {
  const rows = await db
    .select({ type: scoreSnapshots.unitType, stratum: scoreSnapshots.stratum, n: count() })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, q.roundId), eq(scoreSnapshots.rubricVersion, q.version), like(scoreSnapshots.regionCode, `${q.province}.%`)))
    .groupBy(scoreSnapshots.unitType, scoreSnapshots.stratum);
  const units = { cluster: emptyStratumCounts(), village: emptyStratumCounts(), district: emptyStratumCounts(), regency: emptyStratumCounts() };
  for (const r of rows) units[r.type][r.stratum ?? "none"] += Number(r.n);
  return units;
}

/** Summaries of one level of a round, keyed by code. */
export async function summariesOf(db: DbOrTx, q: { roundId: number; version: string; level: "province" | "nation" }) {
  const rows = await db
    .select()
    .from(levelSummaries)
    .where(and(eq(levelSummaries.roundId, q.roundId), eq(levelSummaries.rubricVersion, q.version), eq(levelSummaries.level, q.level)))
    .orderBy(levelSummaries.code);
  return rows;
}

export type SummaryWrite = Omit<typeof levelSummaries.$inferInsert, "id" | "computedAt">;

export async function upsertSummaries(tx: DbOrTx, rows: SummaryWrite[]) {
  if (rows.length === 0) return;
  await tx
    .insert(levelSummaries)
    .values(rows)
    .onConflictDoUpdate({
      target: [levelSummaries.roundId, levelSummaries.rubricVersion, levelSummaries.level, levelSummaries.code],
      set: {
        name: sql`excluded.name`,
        n: sql`excluded.n`,
        readiness: sql`excluded.readiness`,
        stratum: sql`excluded.stratum`,
        socialCapital: sql`excluded.social_capital`,
        policySupport: sql`excluded.policy_support`,
        result: sql`excluded.result`,
        inputsHash: sql`excluded.inputs_hash`,
        computedAt: sql`now()`,
      },
    });
}

export async function deleteSummary(tx: DbOrTx, q: { roundId: number; version: string; level: "province" | "nation"; code: string }) {
  await tx
    .delete(levelSummaries)
    .where(and(eq(levelSummaries.roundId, q.roundId), eq(levelSummaries.rubricVersion, q.version), eq(levelSummaries.level, q.level), eq(levelSummaries.code, q.code)));
}

export type AnswerCountsWrite = typeof answerCounts.$inferInsert;

export async function upsertAnswerCounts(tx: DbOrTx, rows: AnswerCountsWrite[]) {
  if (rows.length === 0) return;
  await tx
    .insert(answerCounts)
    .values(rows)
    .onConflictDoUpdate({
      target: [answerCounts.roundId, answerCounts.rubricVersion, answerCounts.regencyCode],
      set: { respondents: sql`excluded.respondents`, counts: sql`excluded.counts`, inputsHash: sql`excluded.inputs_hash` },
    });
}

export async function deleteAnswerCounts(tx: DbOrTx, q: { roundId: number; version: string; regencies: string[] }) {
  if (q.regencies.length === 0) return;
  await tx
    .delete(answerCounts)
    .where(and(eq(answerCounts.roundId, q.roundId), eq(answerCounts.rubricVersion, q.version), inArray(answerCounts.regencyCode, q.regencies)));
}

// ---- page reads ----

/**
 * The nation row of every round, each under its round's own rubric: the national overview reads
 * these instead of counting snapshots, the viewer's visible rounds only. Callers check national scope.
 */
export async function nationSummaries(db: DbOrTx, viewer: Viewer) {
  return db
    .select({ roundId: levelSummaries.roundId, n: levelSummaries.n, result: sql<LevelSummary>`${levelSummaries.result}` })
    .from(levelSummaries)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, levelSummaries.roundId), eq(surveyRounds.rubricVersion, levelSummaries.rubricVersion)))
    // other people's draft rounds count for nobody but administrators
    .where(and(eq(levelSummaries.level, "nation"), eq(levelSummaries.code, NATION_CODE), visibleRoundCondition(viewer, levelSummaries.roundId)));
}

/** Provinces (PP) with stored regency scores in a round. */
export async function scoredProvinces(db: DbOrTx, q: { roundId: number; version: string }): Promise<string[]> {
  const province = sql<string>`substr(${scoreSnapshots.unitCode}, 1, 2)`;
  const rows = await db
    .selectDistinct({ province })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, q.roundId), eq(scoreSnapshots.rubricVersion, q.version), eq(scoreSnapshots.unitType, "regency")));
  return rows.map((r) => r.province);
}

/**
 * Respondents per round within the viewer's regions, from the stored regency snapshots (each
 * holds its regency's count under the round's own rubric, kept in the import's transaction)
 * instead of counting respondent rows: at most 514 small rows per round. Regions that overlap
 * (a province and one of its regencies) count each regency once: one OR condition, not a sum.
 */
export async function respondentCountsByRound(db: DbOrTx, viewer: Viewer): Promise<Map<number, number>> {
  const rows = await db
    .select({ roundId: scoreSnapshots.roundId, n: sql<number>`sum(${scoreSnapshots.n})::int` })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(and(eq(scoreSnapshots.unitType, "regency"), scopeCondition(viewer, scoreSnapshots.regionCode)))
    .groupBy(scoreSnapshots.roundId);
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

/**
 * The stored answer counts of the regencies a viewer sees in one round (within `regionCode`
 * when given: a province or a regency). `complete` is false when a scored regency has no counts
 * matching its score (scored before counts were kept): the caller then counts the answers itself.
 * Only for viewers whose regions are regencies or wider: a district official's regency is not hers whole.
 * `viewer` null: the public, of a round the caller found public.
 */
export async function regencyAnswerCounts(db: DbOrTx, viewer: Viewer | null, q: { roundId: number; version: string; regionCode?: string }) {
  const rows = await db
    .select({ code: scoreSnapshots.unitCode, counts: answerCounts.counts })
    .from(scoreSnapshots)
    .leftJoin(
      answerCounts,
      and(
        eq(answerCounts.roundId, scoreSnapshots.roundId),
        eq(answerCounts.rubricVersion, scoreSnapshots.rubricVersion),
        eq(answerCounts.regencyCode, scoreSnapshots.unitCode),
        eq(answerCounts.inputsHash, scoreSnapshots.inputsHash),
      ),
    )
    .where(
      and(
        eq(scoreSnapshots.roundId, q.roundId),
        eq(scoreSnapshots.rubricVersion, q.version),
        eq(scoreSnapshots.unitType, "regency"),
        viewer ? scopeCondition(viewer, scoreSnapshots.regionCode) : undefined,
        q.regionCode ? or(eq(scoreSnapshots.regionCode, q.regionCode), like(scoreSnapshots.regionCode, `${q.regionCode}.%`)) : undefined,
      ),
    );
  return { complete: rows.every((r) => r.counts !== null), counts: rows.flatMap((r) => (r.counts ? [answerCountsSchema.parse(r.counts)] : [])) };
}

/**
 * The answers counted: summed from the counts stored with each regency's score when the
 * selection is whole regencies (a national round has two million respondents), else counted
 * from the respondents of the selection (a district, a village, a district official's scope).
 * `user` null: the public, of a round the caller found public.
 */
export async function selectedAnswerCounts(db: DbOrTx, user: Viewer | null, q: { roundId: number; version: string; irClasses: IrClassCutoffs; region?: string }): Promise<AnswerCounts> {
  const wholeRegencies = (code: string) => levelOfCode(code) === "province" || levelOfCode(code) === "regency";
  if ((!user || hasNationalScope(user) || user.regions.every(wholeRegencies)) && (!q.region || wholeRegencies(q.region))) {
    const stored = await regencyAnswerCounts(db, user, { roundId: q.roundId, version: q.version, regionCode: q.region });
    if (stored.complete) return addAnswerCounts(stored.counts);
  }
  const answers = user ? (await listRespondentAnswers(db, user, q.roundId, q.region)).map((r) => r.answers as Record<string, unknown>) : await publicRoundAnswers(db, q.roundId, q.region);
  return countAnswers(answers, INDICATOR_FIELDS, q.irClasses);
}
