import { and, asc, desc, eq, exists, inArray, isNotNull, like, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { NoPktdReason } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import { parseStoredRubric, parseStoredScore } from "@/lib/scoring/stored-score";
import type { DbOrTx } from "../client";
import { clusters, pktdRecords, regions, respondents, rubricVersions, scoreSnapshots, surveyRounds, type UnitType } from "../schema";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";

// ---- rubric versions ----

// Stored JSON is read only through these two: validated against its schema, never cast.
function validRubricRow<T extends { version: string; definition: unknown }>(row: T) {
  return { ...row, definition: parseStoredRubric(row.definition, `rubric ${row.version}`) };
}

function validSnapshot<T extends { unitType: string; unitCode: string; result: unknown }>(row: T) {
  return { ...row, result: parseStoredScore(row.result, `score of ${row.unitType} ${row.unitCode}`) };
}

export async function getRubricVersion(db: DbOrTx, version: string) {
  const [row] = await db.select().from(rubricVersions).where(eq(rubricVersions.version, version));
  return row ? validRubricRow(row) : null;
}

export async function listRubricVersions(db: DbOrTx) {
  const rows = await db.select().from(rubricVersions).orderBy(asc(rubricVersions.createdAt), asc(rubricVersions.version));
  return rows.map(validRubricRow);
}

export async function insertRubricVersion(tx: DbOrTx, row: typeof rubricVersions.$inferInsert) {
  await tx.insert(rubricVersions).values(row).onConflictDoNothing({ target: rubricVersions.version });
}

export async function updateRubricDefinition(tx: DbOrTx, version: string, definition: Rubric) {
  await tx.update(rubricVersions).set({ definition }).where(eq(rubricVersions.version, version));
}

// ---- inputs of a rescore (system reads: every row of the round, one regency at a time) ----

export type InputRow = { answers: unknown; villageCode: string; clusterCode: string | null; rowHash: string };

const inputColumns = { answers: respondents.answers, villageCode: respondents.villageCode, clusterCode: respondents.clusterCode, rowHash: respondents.rowHash };

/** The regencies (PP.KK) a round has respondents in, in code order. */
export async function roundRegencies(db: DbOrTx, roundId: number): Promise<string[]> {
  const regency = sql<string>`substr(${respondents.villageCode}, 1, 5)`;
  const rows = await db.selectDistinct({ regency }).from(respondents).where(eq(respondents.roundId, roundId)).orderBy(regency);
  return rows.map((r) => r.regency);
}

/** A round's respondents in one regency (village code prefix), in respondent order. */
export async function regencyInputs(db: DbOrTx, roundId: number, regency: string): Promise<InputRow[]> {
  return db
    .select(inputColumns)
    .from(respondents)
    .where(and(eq(respondents.roundId, roundId), like(respondents.villageCode, `${regency}.%`)))
    .orderBy(asc(respondents.respondentId));
}

/** Clusters of a round whose members live in more than one regency (or only those with members in `village`). */
export async function clustersAcrossRegencies(db: DbOrTx, roundId: number, village?: string): Promise<string[]> {
  const regency = sql`substr(${respondents.villageCode}, 1, 5)`;
  const inVillage = village
    ? sql`${respondents.clusterCode} in (select cluster_code from respondents where round_id = ${roundId} and village_code = ${village} and cluster_code is not null)`
    : undefined;
  const rows = await db
    .select({ code: respondents.clusterCode })
    .from(respondents)
    .where(and(eq(respondents.roundId, roundId), isNotNull(respondents.clusterCode), inVillage))
    .groupBy(respondents.clusterCode)
    .having(sql`min(${regency}) <> max(${regency})`);
  return rows.map((r) => r.code!);
}

/** Every member of these clusters, in respondent order. */
export async function clusterInputs(db: DbOrTx, roundId: number, codes: string[]): Promise<InputRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(inputColumns)
    .from(respondents)
    .where(and(eq(respondents.roundId, roundId), inArray(respondents.clusterCode, codes)))
    .orderBy(asc(respondents.respondentId));
}

export async function roundClusters(db: DbOrTx, roundId: number) {
  return db.select({ code: clusters.code, name: clusters.name, villageCode: clusters.villageCode }).from(clusters).where(eq(clusters.roundId, roundId));
}

export async function pktdForVillages(db: DbOrTx, villageCodes: string[]) {
  if (villageCodes.length === 0) return [];
  return db
    .select({ villageCode: pktdRecords.villageCode, year: pktdRecords.year, data: pktdRecords.data, rowHash: pktdRecords.rowHash })
    .from(pktdRecords)
    .where(inArray(pktdRecords.villageCode, villageCodes));
}

export async function regionNames(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Names of the villages a policy-support result mentions (its PKTD checks and the villages without a record). */
export async function pktdVillageNames(db: DbOrTx, ps: { checks: { villageCode: string }[]; villagesWithoutRecord: string[] }): Promise<Record<string, string>> {
  return Object.fromEntries(await regionNames(db, [...new Set([...ps.checks.map((c) => c.villageCode), ...ps.villagesWithoutRecord])]));
}

/** Rounds with respondents in any of these villages: a PKTD import re-scores them. */
export async function roundsTouchingVillages(db: DbOrTx, villageCodes: string[]): Promise<number[]> {
  if (villageCodes.length === 0) return [];
  const rows = await db.selectDistinct({ roundId: respondents.roundId }).from(respondents).where(inArray(respondents.villageCode, villageCodes));
  return rows.map((r) => r.roundId);
}

// ---- snapshots ----

export type SnapshotWrite = Omit<typeof scoreSnapshots.$inferInsert, "id" | "computedAt">;

export async function snapshotHashes(db: DbOrTx, roundId: number, version: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ type: scoreSnapshots.unitType, code: scoreSnapshots.unitCode, hash: scoreSnapshots.inputsHash })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.rubricVersion, version)));
  return new Map(rows.map((r) => [`${r.type}|${r.code}`, r.hash]));
}

/**
 * Stored working is 3-17 KB of JSON per unit, compressed by Postgres on write: a national rescore
 * writes about 1.2 GB of it. lz4 compresses it about twice as fast as the default pglz (a medium
 * rescore's writes 23-31 s → 13-15 s here), so the transaction asks for it where the server has
 * it (Debian's Postgres 15 does; a server or PGlite without it keeps its default). Local to the
 * transaction; values already stored are read either way.
 */
export async function preferFastCompression(tx: DbOrTx) {
  await tx.execute(sql`
    SELECT set_config('default_toast_compression', 'lz4', true)
    FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`);
}

const CHUNK = 2000;

/**
 * Multi-row upserts of a few thousand rows each, the rows as one JSON parameter (a national
 * round writes ~190,000 snapshots; building a bound parameter per cell cost more than the write).
 */
export async function upsertSnapshots(tx: DbOrTx, rows: SnapshotWrite[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = rows.slice(i, i + CHUNK).map((r) => ({
      round_id: r.roundId,
      rubric_version: r.rubricVersion,
      unit_type: r.unitType,
      unit_code: r.unitCode,
      unit_name: r.unitName,
      region_code: r.regionCode,
      n: r.n,
      readiness: r.readiness,
      stratum: r.stratum,
      social_capital: r.socialCapital,
      policy_support: r.policySupport,
      result: r.result,
      inputs_hash: r.inputsHash,
    }));
    await tx.execute(sql`
      INSERT INTO score_snapshots (round_id, rubric_version, unit_type, unit_code, unit_name, region_code, n, readiness, stratum, social_capital, policy_support, result, inputs_hash)
      SELECT x.round_id, x.rubric_version, x.unit_type::unit_type, x.unit_code, x.unit_name, x.region_code, x.n, x.readiness, x.stratum::stratum,
        x.social_capital, x.policy_support, x.result, x.inputs_hash
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x(round_id int, rubric_version text, unit_type text, unit_code text, unit_name text,
        region_code text, n int, readiness double precision, stratum text, social_capital double precision, policy_support double precision, result jsonb, inputs_hash text)
      ON CONFLICT (round_id, rubric_version, unit_type, unit_code) DO UPDATE SET
        unit_name = excluded.unit_name, region_code = excluded.region_code, n = excluded.n, readiness = excluded.readiness,
        stratum = excluded.stratum, social_capital = excluded.social_capital, policy_support = excluded.policy_support,
        result = excluded.result, inputs_hash = excluded.inputs_hash, computed_at = now()`);
  }
}

export async function deleteSnapshots(tx: DbOrTx, roundId: number, version: string, keys: { type: UnitType; code: string }[]) {
  for (const type of ["cluster", "village", "district", "regency"] as const) {
    const codes = keys.filter((k) => k.type === type).map((k) => k.code);
    for (let i = 0; i < codes.length; i += CHUNK) {
      await tx
        .delete(scoreSnapshots)
        .where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.rubricVersion, version), eq(scoreSnapshots.unitType, type), inArray(scoreSnapshots.unitCode, codes.slice(i, i + CHUNK))));
    }
  }
}

function regionFilter(regionCode: string | undefined) {
  return regionCode ? or(eq(scoreSnapshots.regionCode, regionCode), like(scoreSnapshots.regionCode, `${regionCode}.%`)) : undefined;
}

/** A round's scored units of one type, within the actor's regions (and an optional region), in code order; a slice with offset/limit. */
export async function listSnapshots(
  db: DbOrTx,
  actor: Viewer,
  q: { roundId: number; version: string; unitType: UnitType; regionCode?: string; offset?: number; limit?: number },
) {
  const rows = await db
    .select()
    .from(scoreSnapshots)
    .where(snapshotListCondition(actor, q))
    .orderBy(asc(scoreSnapshots.unitCode))
    .offset(q.offset ?? 0)
    .limit(q.limit ?? Number.MAX_SAFE_INTEGER);
  return rows.map(validSnapshot);
}

/** `code` (the default: regions in their administrative order) has no column of its own */
export const SNAPSHOT_SORTS = ["code", "name", "n", "readiness", "stratum", "socialCapital", "policySupport"] as const;
export type SnapshotSort = (typeof SNAPSHOT_SORTS)[number];
// names case-blind in code-point order: the same on Postgres and PGlite whatever their locale
const SORT_COLUMNS = {
  code: scoreSnapshots.unitCode,
  name: sql`lower(${scoreSnapshots.unitName}) collate "C"`,
  n: scoreSnapshots.n,
  readiness: scoreSnapshots.readiness,
  stratum: scoreSnapshots.stratum,
  socialCapital: scoreSnapshots.socialCapital,
  policySupport: scoreSnapshots.policySupport,
} as const;

/**
 * The rows of a score table, a page at a time: the figures the table shows and the PKTD flag,
 * never the stored working (a national cluster list would carry gigabytes of it). Sorted by
 * the database, blanks last either way, unit code breaking ties; `limit` null for every row (CSV).
 */
export async function pageSnapshotRows(
  db: DbOrTx,
  actor: Viewer,
  q: { roundId: number; version: string; unitType: UnitType; regionCode?: string; sort: SnapshotSort; direction: "asc" | "desc"; offset: number; limit: number | null },
) {
  const column = SORT_COLUMNS[q.sort];
  const order = sql`${column} ${q.direction === "desc" ? sql`desc` : sql`asc`} nulls last`;
  // the page's rows are chosen on the plain columns first: the flag below is read from the
  // stored JSON of those rows only, not of every row the sort passes over
  const page = db
    .select({ id: scoreSnapshots.id })
    .from(scoreSnapshots)
    .where(snapshotListCondition(actor, q))
    .orderBy(order, asc(scoreSnapshots.unitCode))
    .offset(q.offset)
    .limit(q.limit ?? Number.MAX_SAFE_INTEGER)
    .as("page");
  const rows = await db
    .select({
      code: scoreSnapshots.unitCode,
      name: scoreSnapshots.unitName,
      n: scoreSnapshots.n,
      readiness: scoreSnapshots.readiness,
      stratum: scoreSnapshots.stratum,
      socialCapital: scoreSnapshots.socialCapital,
      policySupport: scoreSnapshots.policySupport,
      noPktdRecord: sql<boolean | null>`(${scoreSnapshots.result}->'policySupport'->>'noPktdRecord')::boolean`,
      noPktdReason: sql<string | null>`${scoreSnapshots.result}->'policySupport'->>'noPktdReason'`,
      pktdYear: sql<number | null>`(${scoreSnapshots.result}->'policySupport'->>'year')::int`,
    })
    .from(scoreSnapshots)
    .innerJoin(page, eq(page.id, scoreSnapshots.id))
    .orderBy(order, asc(scoreSnapshots.unitCode));
  return rows.map(({ noPktdRecord, noPktdReason, pktdYear, ...r }) => ({
    ...r,
    pktd: { noPktdRecord: noPktdRecord === true, noPktdReason: noPktdReason as NoPktdReason | null, year: pktdYear },
  }));
}

/** Every unit of a list reduced to its two coordinates (the readiness × support chart and its counts), in code order. */
export async function listSnapshotPoints(db: DbOrTx, actor: Viewer, q: { roundId: number; version: string; unitType: UnitType; regionCode?: string }) {
  return db
    .select({ code: scoreSnapshots.unitCode, name: scoreSnapshots.unitName, readiness: scoreSnapshots.readiness, policySupport: scoreSnapshots.policySupport })
    .from(scoreSnapshots)
    .where(snapshotListCondition(actor, q))
    .orderBy(asc(scoreSnapshots.unitCode));
}

/** How many units a score table lists in all (its pages' total). */
export async function countSnapshotRows(db: DbOrTx, actor: Viewer, q: { roundId: number; version: string; unitType: UnitType; regionCode?: string }): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(scoreSnapshots).where(snapshotListCondition(actor, q));
  return row?.n ?? 0;
}

export function snapshotListCondition(actor: Viewer, q: { roundId: number; version: string; unitType: UnitType; regionCode?: string }) {
  return and(
    eq(scoreSnapshots.roundId, q.roundId),
    eq(scoreSnapshots.rubricVersion, q.version),
    eq(scoreSnapshots.unitType, q.unitType),
    scopeCondition(actor, scoreSnapshots.regionCode),
    visibleRoundCondition(actor, scoreSnapshots.roundId),
    regionFilter(q.regionCode),
  );
}

export async function getSnapshot(db: DbOrTx, actor: Viewer, q: { roundId: number; version: string; unitType: UnitType; code: string }) {
  const [row] = await db
    .select()
    .from(scoreSnapshots)
    .where(
      and(
        eq(scoreSnapshots.roundId, q.roundId),
        eq(scoreSnapshots.rubricVersion, q.version),
        eq(scoreSnapshots.unitType, q.unitType),
        eq(scoreSnapshots.unitCode, q.code),
        scopeCondition(actor, scoreSnapshots.regionCode),
        visibleRoundCondition(actor, scoreSnapshots.roundId),
      ),
    );
  return row ? validSnapshot(row) : null;
}

/**
 * Which rubric versions have scores for a round (the version picker): one index probe per
 * version (a handful), not a distinct over the round's snapshots (190,000 of a national round: 180 ms).
 */
export async function scoredVersions(db: DbOrTx, roundId: number): Promise<string[]> {
  const rows = await db
    .select({ v: rubricVersions.version })
    .from(rubricVersions)
    .where(exists(db.select({ one: sql`1` }).from(scoreSnapshots).where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.rubricVersion, rubricVersions.version)))));
  return rows.map((r) => r.v).sort();
}

/** One unit across rounds, each under its round's own rubric version (the profile's history). */
export async function unitHistory(db: DbOrTx, actor: Viewer, unitType: UnitType, code: string) {
  return db
    .select({
      roundCode: surveyRounds.code,
      roundName: surveyRounds.name,
      periodEnd: surveyRounds.periodEnd,
      origin: surveyRounds.origin,
      status: surveyRounds.status,
      rubricVersion: scoreSnapshots.rubricVersion,
      n: scoreSnapshots.n,
      readiness: scoreSnapshots.readiness,
      stratum: scoreSnapshots.stratum,
      socialCapital: scoreSnapshots.socialCapital,
      policySupport: scoreSnapshots.policySupport,
      computedAt: scoreSnapshots.computedAt,
    })
    .from(scoreSnapshots)
    .innerJoin(surveyRounds, and(eq(surveyRounds.id, scoreSnapshots.roundId), eq(surveyRounds.rubricVersion, scoreSnapshots.rubricVersion)))
    .where(
      and(
        eq(scoreSnapshots.unitType, unitType),
        eq(scoreSnapshots.unitCode, code),
        scopeCondition(actor, scoreSnapshots.regionCode),
        visibleRoundCondition(actor, scoreSnapshots.roundId),
      ),
    )
    // newest fieldwork first; rounds without a period last
    .orderBy(sql`${surveyRounds.periodEnd} desc nulls last`, desc(surveyRounds.id));
}
