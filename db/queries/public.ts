import { parseStoredScore } from "@/lib/scoring/stored-score";
import { and, asc, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { publicationVersions, regions, respondents, scoreSnapshots, surveyRounds, type UnitType } from "../schema";

// Reads for the public pages and the token-less API: only published (or superseded) rounds, no
// user scope. Callers pass every aggregate through lib/publish/public-view.ts before showing it.

const PUBLIC_STATUSES = ["published", "superseded"] as const;
const isPublicRound = inArray(surveyRounds.status, [...PUBLIC_STATUSES]);

/** Changes whenever anything public changes (a round, publication or brief changing status): the cache key. */
export async function publicStateStamp(db: DbOrTx): Promise<string> {
  const [r] = await db
    .select({
      rounds: sql<string>`(select coalesce(string_agg(id || ':' || status || ':' || coalesce(status_changed_at::text, ''), ',' order by id), '') from survey_rounds where status in ('published', 'superseded'))`,
      scores: sql<string>`(select coalesce(max(computed_at)::text, '') from score_snapshots)`,
      publications: sql<string>`(select coalesce(max(updated_at)::text, '') || count(*)::text from publication_versions where status <> 'draft')`,
      briefs: sql<string>`(select coalesce(max(updated_at)::text, '') || count(*)::text from briefs where published_version is not null)`,
    })
    .from(sql`(select 1) as one`);
  return `${r?.rounds}|${r?.scores}|${r?.publications}|${r?.briefs}`;
}

export async function listPublicRounds(db: DbOrTx) {
  return db
    .select({ id: surveyRounds.id, code: surveyRounds.code, name: surveyRounds.name, periodStart: surveyRounds.periodStart, periodEnd: surveyRounds.periodEnd, status: surveyRounds.status, rubricVersion: surveyRounds.rubricVersion, licence: surveyRounds.licence, origin: surveyRounds.origin, regionCode: surveyRounds.regionCode })
    .from(surveyRounds)
    .where(isPublicRound)
    .orderBy(sql`${surveyRounds.periodEnd} desc nulls last`, desc(surveyRounds.id));
}

export type PublicRound = Awaited<ReturnType<typeof listPublicRounds>>[number];

export async function getPublicRound(db: DbOrTx, code: string): Promise<PublicRound | null> {
  return (await listPublicRounds(db)).find((r) => r.code === code) ?? null;
}

/** How much the public data covers: published rounds, their respondents and villages, published publications. */
export async function publicCoverage(db: DbOrTx) {
  const [r] = await db
    .select({
      rounds: sql<number>`(select count(*)::int from survey_rounds where status in ('published', 'superseded'))`,
      respondents: sql<number>`(select count(*)::int from respondents r join survey_rounds s on s.id = r.round_id where s.status in ('published', 'superseded'))`,
      villages: sql<number>`(select count(distinct r.village_code)::int from respondents r join survey_rounds s on s.id = r.round_id where s.status in ('published', 'superseded'))`,
      publications: sql<number>`(select count(*)::int from ${publicationVersions} where status = 'published')`,
    })
    .from(sql`(select 1) as one`);
  return { rounds: Number(r?.rounds ?? 0), respondents: Number(r?.respondents ?? 0), villages: Number(r?.villages ?? 0), publications: Number(r?.publications ?? 0) };
}

const within = (column: typeof respondents.villageCode | typeof scoreSnapshots.regionCode, code: string) => or(eq(column, code), like(column, `${code}.%`));

/** Answers of a public round's respondents in a region (to count, never to show row by row). */
export async function publicRoundAnswers(db: DbOrTx, roundId: number, regionCode?: string) {
  const rows = await db
    .select({ answers: respondents.answers })
    .from(respondents)
    .innerJoin(surveyRounds, eq(surveyRounds.id, respondents.roundId))
    .where(and(eq(respondents.roundId, roundId), isPublicRound, regionCode ? within(respondents.villageCode, regionCode) : undefined));
  return rows.map((r) => r.answers as Record<string, unknown>);
}

/** Stored scores of a public round under its own rubric version, of one unit level, within a region. */
export async function publicSnapshots(db: DbOrTx, q: { roundId: number; unitType: UnitType; regionCode?: string; limit?: number; offset?: number }) {
  const base = db
    .select({ s: scoreSnapshots, roundCode: surveyRounds.code })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(and(eq(scoreSnapshots.roundId, q.roundId), isPublicRound, eq(scoreSnapshots.unitType, q.unitType), q.regionCode ? within(scoreSnapshots.regionCode, q.regionCode) : undefined))
    .orderBy(asc(scoreSnapshots.unitCode));
  const rows = await (q.limit !== undefined ? base.limit(q.limit).offset(q.offset ?? 0) : base);
  return rows.map((r) => ({ ...r, s: { ...r.s, result: parseStoredScore(r.s.result, `score of ${r.s.unitType} ${r.s.unitCode}`) } }));
}

/** The respondent count of every unit of a public level, in publicSnapshots' order (suppression runs over the whole level). */
export async function publicSnapshotCounts(db: DbOrTx, q: { roundId: number; unitType: UnitType; regionCode?: string }) {
  return db
    .select({ code: scoreSnapshots.unitCode, n: scoreSnapshots.n })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(and(eq(scoreSnapshots.roundId, q.roundId), isPublicRound, eq(scoreSnapshots.unitType, q.unitType), q.regionCode ? within(scoreSnapshots.regionCode, q.regionCode) : undefined))
    .orderBy(asc(scoreSnapshots.unitCode));
}

/** Regencies and districts with respondents in a public round: the public region index. */
export async function publicRegions(db: DbOrTx) {
  return db
    .selectDistinct({ code: regions.code, name: regions.name, level: regions.level })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, eq(surveyRounds.id, scoreSnapshots.roundId))
    .innerJoin(regions, eq(regions.code, scoreSnapshots.unitCode))
    .where(and(isPublicRound, inArray(scoreSnapshots.unitType, ["regency", "district"])))
    .orderBy(asc(regions.code));
}

export async function regionByCode(db: DbOrTx, code: string) {
  const [r] = await db.select({ code: regions.code, name: regions.name, level: regions.level }).from(regions).where(eq(regions.code, code));
  return r ?? null;
}
