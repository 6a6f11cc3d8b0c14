import { and, asc, count, desc, eq, inArray, like, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { hasNationalScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { clusters, imports, pendingImports, pktdRecords, regions, respondents, surveyRounds, type SurveyRound } from "../schema";
import { canSeeRound } from "@/lib/surveys/round-status";
import { respondentCountsByRound } from "./summaries";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";

export type NewRound = typeof surveyRounds.$inferInsert;

export async function findRoundByCode(db: DbOrTx, code: string): Promise<SurveyRound | null> {
  const [row] = await db.select().from(surveyRounds).where(eq(surveyRounds.code, code));
  return row ?? null;
}

export async function insertRound(tx: DbOrTx, round: NewRound): Promise<SurveyRound> {
  const [row] = await tx.insert(surveyRounds).values(round).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A round the actor may see: not someone else's draft, and national scope, or the round has data or its region within her regions. */
export async function getRoundInScope(db: DbOrTx, actor: Viewer, code: string): Promise<SurveyRound | null> {
  const round = await findRoundByCode(db, code);
  if (round && !canSeeRound(actor, round)) return null;
  if (!round || hasNationalScope(actor)) return round;
  const regionInScope = round.regionCode && actor.regions.some((r) => round.regionCode === r || round.regionCode!.startsWith(r + "."));
  if (regionInScope) return round;
  const [hit] = await db
    .select({ n: count() })
    .from(respondents)
    .where(and(eq(respondents.roundId, round.id), scopeCondition(actor, respondents.villageCode)));
  return (hit?.n ?? 0) > 0 ? round : null;
}

export type RoundListItem = SurveyRound & { respondents: number; clusters: number; lastImportAt: Date | null };

/** Rounds the actor may see, newest fieldwork first; other people's drafts are left out. */
export async function listRounds(db: DbOrTx, actor: Viewer): Promise<RoundListItem[]> {
  // drizzle writes a single-table select's columns without their table, so inside a
  // correlated subquery `round_id = id` would compare the inner table with itself
  const outerId = sql.raw(`"survey_rounds"."id"`);
  const clusterScope = scopeCondition(actor, clusters.villageCode);
  // respondents from the stored regency snapshots: counting the rows took seconds at national size
  const respondentCounts = respondentCountsByRound(db, actor);
  const rows = await db
    .select({
      round: surveyRounds,
      clusters: sql<number>`(select count(*)::int from ${clusters} where ${clusters.roundId} = ${outerId} ${clusterScope ? sql`and ${clusterScope}` : sql``})`,
      lastImportAt: sql<string | null>`(select max(${imports.at}) from ${imports} where ${imports.roundId} = ${outerId} and ${importScope(actor)})`,
    })
    .from(surveyRounds)
    .where(visibleRoundCondition(actor, surveyRounds.id))
    // newest fieldwork first; rounds without a period last
    .orderBy(sql`${surveyRounds.periodEnd} desc nulls last`, desc(surveyRounds.id));
  const counts = await respondentCounts;
  return rows
    .map((r) => ({ ...r.round, respondents: counts.get(r.round.id) ?? 0, clusters: Number(r.clusters), lastImportAt: r.lastImportAt ? new Date(r.lastImportAt) : null }))
    .filter((r) => hasNationalScope(actor) || r.respondents > 0 || (r.regionCode !== null && actor.regions.some((g) => r.regionCode === g || r.regionCode!.startsWith(g + "."))));
}

export async function allVillageCodes(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ code: regions.code }).from(regions).where(eq(regions.level, "village"));
  return new Set(rows.map((r) => r.code));
}

// ---- respondents ----

export async function respondentHashes(db: DbOrTx, roundId: number): Promise<Map<string, string>> {
  const rows = await db.select({ id: respondents.respondentId, hash: respondents.rowHash }).from(respondents).where(eq(respondents.roundId, roundId));
  return new Map(rows.map((r) => [r.id, r.hash]));
}

/** rows per set-based statement */
const BATCH = 5_000;

export async function listRespondentAnswers(db: DbOrTx, actor: Viewer, roundId: number, regionCode?: string) {
  const region = regionCode ? or(eq(respondents.villageCode, regionCode), like(respondents.villageCode, `${regionCode}.%`)) : undefined;
  return db
    .select({ answers: respondents.answers, villageCode: respondents.villageCode, clusterCode: respondents.clusterCode })
    .from(respondents)
    .where(and(eq(respondents.roundId, roundId), scopeCondition(actor, respondents.villageCode), visibleRoundCondition(actor, respondents.roundId), region))
    .orderBy(asc(respondents.respondentId));
}

// ---- clusters ----

export async function clusterHashes(db: DbOrTx, roundId: number): Promise<Map<string, string>> {
  const rows = await db.select({ code: clusters.code, hash: clusters.rowHash }).from(clusters).where(eq(clusters.roundId, roundId));
  return new Map(rows.map((r) => [r.code, r.hash ?? ""]));
}

/** Each cluster's home village in a round (code → village code). */
export async function clusterHomes(db: DbOrTx, roundId: number): Promise<Map<string, string>> {
  const rows = await db.select({ code: clusters.code, village: clusters.villageCode }).from(clusters).where(eq(clusters.roundId, roundId));
  return new Map(rows.map((r) => [r.code, r.village]));
}

/** A round's clusters with every field of the clusters file, within the actor's regions. */
export async function listClusterRecords(db: DbOrTx, actor: Actor, roundId: number, regionCode?: string) {
  const region = regionCode ? or(eq(clusters.villageCode, regionCode), like(clusters.villageCode, `${regionCode}.%`)) : undefined;
  const rows = await db
    .select()
    .from(clusters)
    .where(and(eq(clusters.roundId, roundId), scopeCondition(actor, clusters.villageCode), region))
    .orderBy(asc(clusters.code));
  return rows.map((c) => ({
    cluster_code: c.code,
    name: c.name,
    village_code: c.villageCode,
    product: c.product,
    year_established: c.yearEstablished,
    legal_entity: c.legalEntity,
  }));
}

export type ClusterWrite = {
  code: string;
  name: string;
  villageCode: string;
  product: string | null;
  yearEstablished: number | null;
  legalEntity: string | null;
  rowHash: string | null;
};

/** Set-based upsert, one statement per 5,000 clusters. */
export async function upsertClusters(tx: DbOrTx, roundId: number, rows: ClusterWrite[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await tx.execute(sql`
      INSERT INTO clusters (round_id, code, name, village_code, product, year_established, legal_entity, row_hash)
      SELECT ${roundId}, x."code", x."name", x."villageCode", x."product", x."yearEstablished", x."legalEntity", x."rowHash"
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS x("code" text, "name" text, "villageCode" text, "product" text, "yearEstablished" int, "legalEntity" text, "rowHash" text)
      ON CONFLICT (round_id, code) DO UPDATE SET
        name = excluded.name, village_code = excluded.village_code, product = excluded.product,
        year_established = excluded.year_established, legal_entity = excluded.legal_entity, row_hash = excluded.row_hash`);
  }
}

export const CLUSTER_SORTS = ["code", "village"] as const;
export type ClusterSort = (typeof CLUSTER_SORTS)[number];
export type ListPage<S extends string> = { sort: S; dir: "asc" | "desc"; offset: number; limit: number };

const clustersOf = (actor: Viewer, roundId: number) =>
  and(eq(clusters.roundId, roundId), scopeCondition(actor, clusters.villageCode), visibleRoundCondition(actor, clusters.roundId));

/**
 * A round's clusters within the actor's regions (one page of them when `page` is given; "village"
 * sorts by village code, so a region's clusters stay together), each with all its members counted.
 * The page is chosen from the narrow key columns first; names and member counts are read for its rows only.
 */
export async function listClusters(db: DbOrTx, actor: Viewer, roundId: number, page?: ListPage<ClusterSort>) {
  const by = (c: AnyColumn) => (page?.dir === "desc" ? desc(c) : asc(c));
  const order = page?.sort === "village" ? [by(clusters.villageCode), asc(clusters.code)] : [by(clusters.code)];
  const keys = db.select({ id: clusters.id }).from(clusters).where(clustersOf(actor, roundId));
  const chosen = (page ? keys.orderBy(...order).limit(page.limit).offset(page.offset) : keys).as("chosen");
  return db
    .select({
      code: clusters.code,
      name: clusters.name,
      villageCode: clusters.villageCode,
      villageName: regions.name,
      product: clusters.product,
      members: sql<number>`(select count(*)::int from ${respondents} where ${respondents.roundId} = ${clusters.roundId} and ${respondents.clusterCode} = ${clusters.code})`,
    })
    .from(chosen)
    .innerJoin(clusters, eq(clusters.id, chosen.id))
    .innerJoin(regions, eq(regions.code, clusters.villageCode))
    .orderBy(...order);
}

export async function countClusters(db: DbOrTx, actor: Viewer, roundId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(clusters).where(clustersOf(actor, roundId));
  return Number(row?.n ?? 0);
}

// ---- PKTD ----

export async function pktdHashes(db: DbOrTx, keys: { villageCode: string; year: number }[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ village: pktdRecords.villageCode, year: pktdRecords.year, hash: pktdRecords.rowHash })
    .from(pktdRecords)
    .where(inArray(pktdRecords.villageCode, [...new Set(keys.map((k) => k.villageCode))]));
  return new Map(rows.map((r) => [`${r.village}|${r.year}`, r.hash]));
}

export type PktdWrite = { villageCode: string; year: number; data: unknown; rowHash: string; origin: "survey" | "illustration" };

/** Set-based upsert, one statement per 5,000 records; each rewritten record's version goes up. */
export async function upsertPktd(tx: DbOrTx, importId: number, rows: PktdWrite[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await tx.execute(sql`
      INSERT INTO pktd_records (village_code, year, data, row_hash, origin, import_id)
      SELECT x."villageCode", x."year", x."data", x."rowHash", x."origin"::data_origin, ${importId}
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS x("villageCode" text, "year" int, "data" jsonb, "rowHash" text, "origin" text)
      ON CONFLICT (village_code, year) DO UPDATE SET
        data = excluded.data, row_hash = excluded.row_hash, origin = excluded.origin, import_id = excluded.import_id,
        version = pktd_records.version + 1, updated_at = now()`);
  }
}

export const PKTD_SORTS = ["village", "year"] as const;
export type PktdSort = (typeof PKTD_SORTS)[number];
/** A region (its villages) and a budget year, both optional; always within the actor's regions. */
export type PktdFilter = { region?: string; year?: number };

const pktdOf = (actor: Actor, filter: PktdFilter) =>
  and(
    scopeCondition(actor, pktdRecords.villageCode),
    filter.region ? or(eq(pktdRecords.villageCode, filter.region), like(pktdRecords.villageCode, `${filter.region}.%`)) : undefined,
    filter.year !== undefined ? eq(pktdRecords.year, filter.year) : undefined,
  );

/**
 * PKTD records within the actor's regions and the filter, by village code (a region's villages
 * together) or by year; one page of them when `page` is given. The page is chosen from the
 * primary key alone, then its records and village names are read.
 */
export async function listPktd(db: DbOrTx, actor: Actor, filter: PktdFilter = {}, page?: ListPage<PktdSort>) {
  const by = (c: AnyColumn) => (page?.dir === "desc" ? desc(c) : asc(c));
  const order = page?.sort === "year" ? [by(pktdRecords.year), asc(pktdRecords.villageCode)] : [by(pktdRecords.villageCode), by(pktdRecords.year)];
  const keys = db.select({ villageCode: pktdRecords.villageCode, year: pktdRecords.year }).from(pktdRecords).where(pktdOf(actor, filter));
  const chosen = (page ? keys.orderBy(...order).limit(page.limit).offset(page.offset) : keys).as("chosen");
  return db
    .select({ villageCode: pktdRecords.villageCode, villageName: regions.name, year: pktdRecords.year, data: pktdRecords.data, origin: pktdRecords.origin })
    .from(chosen)
    .innerJoin(pktdRecords, and(eq(pktdRecords.villageCode, chosen.villageCode), eq(pktdRecords.year, chosen.year)))
    .innerJoin(regions, eq(regions.code, pktdRecords.villageCode))
    .orderBy(...order);
}

export async function countPktd(db: DbOrTx, actor: Actor, filter: PktdFilter = {}): Promise<number> {
  const [row] = await db.select({ n: count() }).from(pktdRecords).where(pktdOf(actor, filter));
  return Number(row?.n ?? 0);
}

/** The budget years with records within the actor's regions, newest first (the year filter's choices). */
export async function pktdYears(db: DbOrTx, actor: Actor): Promise<number[]> {
  const rows = await db.selectDistinct({ year: pktdRecords.year }).from(pktdRecords).where(scopeCondition(actor, pktdRecords.villageCode)).orderBy(desc(pktdRecords.year));
  return rows.map((r) => r.year);
}

// ---- import history and pending uploads ----

export async function insertImport(tx: DbOrTx, row: typeof imports.$inferInsert): Promise<number> {
  const [r] = await tx.insert(imports).values(row).returning({ id: imports.id });
  if (!r) throw new Error("insert returned no row");
  return r.id;
}

export async function setImportCounts(tx: DbOrTx, id: number, counts: unknown) {
  await tx.update(imports).set({ counts }).where(eq(imports.id, id));
}

/**
 * An import is visible to a regional user when it wrote rows in one of her regions: its
 * regencies overlap her regions (a district official sees her regency's imports).
 */
function importScope(actor: Actor): SQL {
  if (hasNationalScope(actor)) return sql`true`;
  if (actor.regions.length === 0) return sql`false`;
  const overlaps = actor.regions.map((g) => sql`(r = ${g} or r like ${`${g}.%`} or ${g} like r || '.%')`);
  return sql`exists (select 1 from unnest(${imports.regencies}) as r where ${sql.join(overlaps, sql` or `)})`;
}

/** A round's import history (PKTD imports: roundId null) as far as the actor may see it. */
export async function listImports(db: DbOrTx, actor: Actor, roundId: number | null) {
  return db
    .select()
    .from(imports)
    .where(and(roundId === null ? sql`${imports.roundId} is null` : eq(imports.roundId, roundId), importScope(actor)))
    .orderBy(desc(imports.at), desc(imports.id))
    .limit(100);
}

export async function insertPending(tx: DbOrTx, row: typeof pendingImports.$inferInsert): Promise<string> {
  const [r] = await tx.insert(pendingImports).values(row).returning({ id: pendingImports.id });
  if (!r) throw new Error("insert returned no row");
  return r.id;
}

/** A pending upload belongs to the user who made it; anyone else gets nothing. The file's bytes stay in the database. */
export async function getPending(db: DbOrTx, id: string, actorId: number) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db
    .select({
      id: pendingImports.id,
      kind: pendingImports.kind,
      fileName: pendingImports.fileName,
      fileSha256: pendingImports.fileSha256,
      round: pendingImports.round,
      parsed: pendingImports.parsed,
      actorId: pendingImports.actorId,
      createdAt: pendingImports.createdAt,
    })
    .from(pendingImports)
    .where(and(eq(pendingImports.id, id), eq(pendingImports.actorId, actorId), sql`${pendingImports.createdAt} > now() - interval '1 day'`));
  return row ?? null;
}

export async function deletePending(tx: DbOrTx, id: string) {
  await tx.delete(pendingImports).where(eq(pendingImports.id, id));
}

/** Uploads nobody confirmed within a day are deleted (called on every upload). */
export async function deleteStalePending(tx: DbOrTx): Promise<number> {
  const gone = await tx.delete(pendingImports).where(sql`${pendingImports.createdAt} < now() - interval '1 day'`).returning({ id: pendingImports.id });
  return gone.length;
}

/**
 * Commits into one round (or, for PKTD, into the rounds its villages touch) run one at a time:
 * a transaction-scoped advisory lock per key, taken in a fixed order so two imports never wait
 * on each other in a circle. Released at commit or rollback.
 */
export async function lockImportKeys(tx: DbOrTx, keys: string[]) {
  for (const key of [...new Set(keys)].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** Row counts and a checksum of every survey table: tests compare them before and after a rejected import. */
export async function surveyTablesFingerprint(db: DbOrTx) {
  const [r] = await db
    .select({
      rounds: sql<number>`(select count(*)::int from survey_rounds)`,
      clusters: sql<number>`(select count(*)::int from clusters)`,
      respondents: sql<number>`(select count(*)::int from respondents)`,
      pktd: sql<number>`(select count(*)::int from pktd_records)`,
      imports: sql<number>`(select count(*)::int from imports)`,
      checksum: sql<string>`(select md5(coalesce(string_agg(row_hash, ',' order by round_id, respondent_id), '')) from respondents)`,
    })
    .from(sql`(select 1) as one`);
  return r;
}

export async function findRoundById(db: DbOrTx, id: number): Promise<SurveyRound | null> {
  const [row] = await db.select().from(surveyRounds).where(eq(surveyRounds.id, id));
  return row ?? null;
}

export async function listAllRounds(db: DbOrTx): Promise<SurveyRound[]> {
  return db.select().from(surveyRounds).orderBy(asc(surveyRounds.id));
}

// ---- round life cycle ----

export async function setRoundStatus(
  tx: DbOrTx,
  id: number,
  change: { status: SurveyRound["status"]; statusReason: string | null; supersededBy?: string | null },
) {
  await tx
    .update(surveyRounds)
    .set({ ...change, statusChangedAt: new Date() })
    .where(eq(surveyRounds.id, id));
}

/** Deletes a round; its clusters, respondents, imports and score snapshots go with it (foreign keys cascade). */
export async function deleteRound(tx: DbOrTx, id: number): Promise<{ respondents: number; clusters: number; imports: number; scores: number }> {
  const [counts] = await tx
    .select({
      respondents: sql<number>`(select count(*)::int from respondents where round_id = ${id})`,
      clusters: sql<number>`(select count(*)::int from clusters where round_id = ${id})`,
      imports: sql<number>`(select count(*)::int from imports where round_id = ${id})`,
      scores: sql<number>`(select count(*)::int from score_snapshots where round_id = ${id})`,
    })
    .from(sql`(select 1) as one`);
  await tx.delete(surveyRounds).where(eq(surveyRounds.id, id));
  return counts!;
}
