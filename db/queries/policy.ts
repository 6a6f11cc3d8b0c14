import { and, asc, desc, eq, sql } from "drizzle-orm";
import { inScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { clusters, pktdRecords, programmeActivities, regions, surveyRounds, type ProgrammeActivity } from "../schema";
import { scopeCondition } from "./scope";

// ---- PKTD records entered by hand ----

/** One village-year record the actor may see, or null (out of scope looks like absent). */
export async function getPktdRecord(db: DbOrTx, actor: Actor, villageCode: string, year: number) {
  if (!inScope(actor, villageCode)) return null;
  const [row] = await db
    .select({ villageCode: pktdRecords.villageCode, year: pktdRecords.year, data: pktdRecords.data, origin: pktdRecords.origin, version: pktdRecords.version, updatedAt: pktdRecords.updatedAt })
    .from(pktdRecords)
    .where(and(eq(pktdRecords.villageCode, villageCode), eq(pktdRecords.year, year)));
  return row ?? null;
}

export type PktdSave = { villageCode: string; year: number; data: unknown; rowHash: string };

/** A new record; false when one already exists (someone saved it first). */
export async function insertPktdRecord(tx: DbOrTx, row: PktdSave): Promise<boolean> {
  const inserted = await tx
    .insert(pktdRecords)
    .values({ ...row, origin: "survey", version: 1 })
    .onConflictDoNothing({ target: [pktdRecords.villageCode, pktdRecords.year] })
    .returning({ version: pktdRecords.version });
  return inserted.length === 1;
}

/** Rewrites the record only if it still has `expectedVersion`; false when someone saved in between. */
export async function updatePktdRecordIfVersion(tx: DbOrTx, row: PktdSave, expectedVersion: number): Promise<boolean> {
  const updated = await tx
    .update(pktdRecords)
    // entered by a regency official: a measured record, no longer the seed's illustration
    .set({ data: row.data, rowHash: row.rowHash, origin: "survey", importId: null, version: sql`${pktdRecords.version} + 1`, updatedAt: new Date() })
    .where(and(eq(pktdRecords.villageCode, row.villageCode), eq(pktdRecords.year, row.year), eq(pktdRecords.version, expectedVersion)))
    .returning({ version: pktdRecords.version });
  return updated.length === 1;
}

/** Villages the actor may enter records for, with their district, for the entry form's picker. */
export async function listVillagesInScope(db: DbOrTx, actor: Actor, limit = 5000) {
  const district = sql<string | null>`(select d.name from regions d where d.code = regions.parent_code)`;
  return db
    .select({ code: regions.code, name: regions.name, districtName: district })
    .from(regions)
    .where(and(eq(regions.level, "village"), scopeCondition(actor, regions.code)))
    .orderBy(asc(regions.code))
    .limit(limit);
}

export async function villageExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).where(and(eq(regions.code, code), eq(regions.level, "village")));
  return !!row;
}

// ---- programme activities given to a cluster ----

/** Clusters of every round the actor may see, newest round first, for the activity form. */
export async function listClustersForActivities(db: DbOrTx, actor: Actor) {
  return db
    .select({ id: clusters.id, code: clusters.code, name: clusters.name, villageCode: clusters.villageCode, roundName: surveyRounds.name })
    .from(clusters)
    .innerJoin(surveyRounds, eq(surveyRounds.id, clusters.roundId))
    .where(scopeCondition(actor, clusters.villageCode))
    .orderBy(desc(surveyRounds.id), asc(clusters.code));
}

/** The cluster if the actor may see it (its home village in scope), else null. */
export async function getClusterInScope(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select({ id: clusters.id, code: clusters.code, name: clusters.name, villageCode: clusters.villageCode, roundId: clusters.roundId })
    .from(clusters)
    .where(and(eq(clusters.id, id), scopeCondition(actor, clusters.villageCode)));
  return row ?? null;
}

export async function insertActivity(tx: DbOrTx, row: typeof programmeActivities.$inferInsert): Promise<ProgrammeActivity> {
  const [created] = await tx.insert(programmeActivities).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function getActivityInScope(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select({ activity: programmeActivities, villageCode: clusters.villageCode })
    .from(programmeActivities)
    .innerJoin(clusters, eq(clusters.id, programmeActivities.clusterId))
    .where(and(eq(programmeActivities.id, id), scopeCondition(actor, clusters.villageCode)));
  return row ?? null;
}

export async function updateActivity(tx: DbOrTx, id: number, set: Pick<ProgrammeActivity, "clusterId" | "kind" | "date" | "budget" | "provider">) {
  const [row] = await tx.update(programmeActivities).set(set).where(eq(programmeActivities.id, id)).returning();
  return row ?? null;
}

/** Activities of the clusters the actor may see, newest first. */
export async function listActivities(db: DbOrTx, actor: Actor) {
  return db
    .select({
      id: programmeActivities.id,
      kind: programmeActivities.kind,
      date: programmeActivities.date,
      budget: programmeActivities.budget,
      provider: programmeActivities.provider,
      clusterId: clusters.id,
      clusterName: clusters.name,
      clusterCode: clusters.code,
      villageCode: clusters.villageCode,
      roundName: surveyRounds.name,
    })
    .from(programmeActivities)
    .innerJoin(clusters, eq(clusters.id, programmeActivities.clusterId))
    .innerJoin(surveyRounds, eq(surveyRounds.id, clusters.roundId))
    .where(scopeCondition(actor, clusters.villageCode))
    .orderBy(desc(programmeActivities.date), desc(programmeActivities.id));
}
