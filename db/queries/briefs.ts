import { and, asc, desc, eq, ilike, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { briefEvents, briefs, briefVersions, respondents, surveyRounds, type BriefStatus } from "../schema";
import { scopeCondition } from "./scope";

export async function insertBrief(tx: DbOrTx, row: typeof briefs.$inferInsert): Promise<number> {
  const [r] = await tx.insert(briefs).values(row).returning({ id: briefs.id });
  return r!.id;
}

export async function insertBriefVersion(tx: DbOrTx, row: typeof briefVersions.$inferInsert) {
  await tx.insert(briefVersions).values(row);
}

export async function insertBriefEvent(tx: DbOrTx, row: typeof briefEvents.$inferInsert) {
  await tx.insert(briefEvents).values(row);
}

export async function setBriefState(tx: DbOrTx, id: number, state: { status?: BriefStatus; currentVersion?: number; publishedVersion?: number | null }) {
  await tx.update(briefs).set({ ...state, updatedAt: new Date() }).where(eq(briefs.id, id));
}

/** One brief within the actor's regions, locked for the transaction when `forUpdate`. */
export async function getBriefInScope(db: DbOrTx, actor: Actor, id: number, forUpdate = false) {
  const q = db
    .select()
    .from(briefs)
    .where(and(eq(briefs.id, id), scopeCondition(actor, briefs.regionCode)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row ?? null;
}

export async function listBriefs(db: DbOrTx, actor: Actor) {
  return db
    .select({
      id: briefs.id,
      unitType: briefs.unitType,
      unitCode: briefs.unitCode,
      unitName: briefs.unitName,
      regionCode: briefs.regionCode,
      roundCode: surveyRounds.code,
      rubricVersion: briefs.rubricVersion,
      language: briefs.language,
      status: briefs.status,
      currentVersion: briefs.currentVersion,
      publishedVersion: briefs.publishedVersion,
      updatedAt: briefs.updatedAt,
    })
    .from(briefs)
    .innerJoin(surveyRounds, eq(surveyRounds.id, briefs.roundId))
    .where(scopeCondition(actor, briefs.regionCode))
    .orderBy(desc(briefs.updatedAt), desc(briefs.id));
}

/** Versions of a brief the caller has already read through getBriefInScope. */
export async function listBriefVersions(db: DbOrTx, briefId: number) {
  return db
    .select({ version: briefVersions.version, kind: briefVersions.kind, detail: briefVersions.detail, authorUsername: briefVersions.authorUsername, createdAt: briefVersions.createdAt })
    .from(briefVersions)
    .where(eq(briefVersions.briefId, briefId))
    .orderBy(desc(briefVersions.version));
}

export async function getBriefVersion(db: DbOrTx, briefId: number, version: number) {
  const [row] = await db
    .select()
    .from(briefVersions)
    .where(and(eq(briefVersions.briefId, briefId), eq(briefVersions.version, version)));
  return row ?? null;
}

export async function listBriefEvents(db: DbOrTx, briefId: number) {
  return db.select().from(briefEvents).where(eq(briefEvents.briefId, briefId)).orderBy(asc(briefEvents.at), asc(briefEvents.id));
}

/** Women among the unit's respondents whose gender is recorded. */
export async function unitGender(db: DbOrTx, actor: Actor, q: { roundId: number; unitType: string; code: string }) {
  const unitCondition =
    q.unitType === "cluster"
      ? eq(respondents.clusterCode, q.code)
      : sql`(${respondents.villageCode} = ${q.code} or ${respondents.villageCode} like ${`${q.code}.%`})`;
  const [row] = await db
    .select({
      women: sql<number>`count(*) filter (where ${respondents.answers}->>'gender' = 'female')`.mapWith(Number),
      known: sql<number>`count(*) filter (where ${respondents.answers}->>'gender' in ('female', 'male'))`.mapWith(Number),
    })
    .from(respondents)
    .where(and(eq(respondents.roundId, q.roundId), unitCondition, scopeCondition(actor, respondents.villageCode)));
  return { women: row?.women ?? 0, known: row?.known ?? 0 };
}

/**
 * Briefs with a published version, of public rounds only (published or superseded), with that
 * version's frozen document: the public list and pages. A reopened brief keeps its published
 * version public while the new draft is written. Search looks in the title and the place only,
 * never in the text, whose small counts the public rendering hides.
 */
export async function listPublishedBriefs(db: DbOrTx, q: { id?: number; search?: string } = {}) {
  const term = q.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const publishedAt = sql<Date>`(select max(${briefEvents.at}) from ${briefEvents} where ${briefEvents.briefId} = ${briefs.id} and ${briefEvents.action} = 'publish')`.mapWith((v) => new Date(v));
  const rows = await db
    .select({
      id: briefs.id,
      unitType: briefs.unitType,
      unitCode: briefs.unitCode,
      unitName: briefs.unitName,
      regionCode: briefs.regionCode,
      roundCode: surveyRounds.code,
      roundName: surveyRounds.name,
      licence: surveyRounds.licence,
      rubricVersion: briefs.rubricVersion,
      language: briefs.language,
      version: briefVersions.version,
      document: briefVersions.document,
      publishedAt,
    })
    .from(briefs)
    .innerJoin(surveyRounds, eq(surveyRounds.id, briefs.roundId))
    .innerJoin(briefVersions, and(eq(briefVersions.briefId, briefs.id), eq(briefVersions.version, briefs.publishedVersion)))
    .where(
      and(
        isNotNull(briefs.publishedVersion),
        inArray(surveyRounds.status, ["published", "superseded"]),
        q.id !== undefined ? eq(briefs.id, q.id) : undefined,
        term ? or(ilike(briefs.unitName, `%${term}%`), sql`${briefVersions.document}->>'title' ilike ${`%${term}%`}`, sql`${briefVersions.document}->'unit'->>'place' ilike ${`%${term}%`}`) : undefined,
      ),
    )
    .orderBy(desc(publishedAt), desc(briefs.id));
  return rows;
}
export type PublishedBriefRow = Awaited<ReturnType<typeof listPublishedBriefs>>[number];
