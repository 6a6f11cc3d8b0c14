import { and, asc, count, eq, gt, inArray, like, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { regionBoundaries, regions, scoreSnapshots, type RegionLevel, type UnitType } from "../schema";
import { snapshotListCondition } from "./scores";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";

export type MapUnitRow = { code: string; name: string; parentCode: string | null; centroidLat: number | null; centroidLng: number | null };

const unitColumns = { code: regions.code, name: regions.name, parentCode: regions.parentCode, centroidLat: regions.centroidLat, centroidLng: regions.centroidLng };

/** The units of one level under `parent` (all of Indonesia when null), within the actor's regions. */
export async function listMapUnits(db: DbOrTx, actor: Actor, parent: string | null, level: RegionLevel): Promise<MapUnitRow[]> {
  return db
    .select(unitColumns)
    .from(regions)
    .where(and(eq(regions.level, level), parent ? like(regions.code, `${parent}.%`) : undefined, scopeCondition(actor, regions.code)))
    .orderBy(asc(regions.code));
}

/** Centroids of these units within the actor's regions (cluster markers sit on their home village). */
export async function listCentroids(db: DbOrTx, actor: Actor, codes: string[]): Promise<MapUnitRow[]> {
  if (codes.length === 0) return [];
  return db
    .select(unitColumns)
    .from(regions)
    .where(and(inArray(regions.code, codes), scopeCondition(actor, regions.code)));
}

/**
 * Boundary polygons (GeoJSON) of these units. Reference geometry, the same for everyone:
 * callers pass codes they have already read through a scoped query.
 */
export async function listBoundaries(db: DbOrTx, codes: string[]): Promise<Map<string, unknown>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: regionBoundaries.code, geometry: regionBoundaries.geometry }).from(regionBoundaries).where(inArray(regionBoundaries.code, codes));
  return new Map(rows.map((r) => [r.code, r.geometry]));
}

/** Villages under each regency (5-character code) or district (8) of `parent`, within the actor's regions: the coverage's denominator. */
export async function villageCountsBy(db: DbOrTx, actor: Actor, parent: string | null, unitLevel: "regency" | "district"): Promise<Map<string, number>> {
  const length = unitLevel === "regency" ? 5 : 8;
  const unit = sql<string>`substr(${regions.code}, 1, ${sql.raw(String(length))})`;
  const rows = await db
    .select({ unit, villages: sql<number>`count(*)` })
    .from(regions)
    .where(and(eq(regions.level, "village"), parent ? like(regions.code, `${parent}.%`) : undefined, scopeCondition(actor, regions.code)))
    .groupBy(unit);
  return new Map(rows.map((r) => [r.unit, Number(r.villages)]));
}

type SnapshotScope = { roundId: number; version: string; regionCode: string | null };

function snapshotsOf(actor: Viewer, q: SnapshotScope, unitType: "cluster" | "village") {
  return and(
    eq(scoreSnapshots.roundId, q.roundId),
    eq(scoreSnapshots.rubricVersion, q.version),
    eq(scoreSnapshots.unitType, unitType),
    scopeCondition(actor, scoreSnapshots.regionCode),
    visibleRoundCondition(actor, scoreSnapshots.roundId),
    q.regionCode ? or(eq(scoreSnapshots.regionCode, q.regionCode), like(scoreSnapshots.regionCode, `${q.regionCode}.%`)) : undefined,
  );
}

/** A map's cluster markers: the few columns a marker shows, not each cluster's stored working. */
export async function listClusterMarkers(db: DbOrTx, actor: Viewer, q: SnapshotScope) {
  return db
    .select({ unitCode: scoreSnapshots.unitCode, unitName: scoreSnapshots.unitName, n: scoreSnapshots.n, stratum: scoreSnapshots.stratum, regionCode: scoreSnapshots.regionCode })
    .from(scoreSnapshots)
    .where(snapshotsOf(actor, q, "cluster"))
    .orderBy(asc(scoreSnapshots.unitCode));
}

/** Surveyed villages per regency (5-character code) or district (8) under the map's region: counted in SQL, not loaded. */
export async function surveyedVillagesBy(db: DbOrTx, actor: Viewer, q: SnapshotScope, unitLevel: "regency" | "district"): Promise<Map<string, number>> {
  const unit = sql<string>`substr(${scoreSnapshots.unitCode}, 1, ${sql.raw(unitLevel === "regency" ? "5" : "8")})`;
  const rows = await db
    .select({ unit, n: count() })
    .from(scoreSnapshots)
    .where(and(snapshotsOf(actor, q, "village"), gt(scoreSnapshots.n, 0)))
    .groupBy(unit);
  return new Map(rows.map((r) => [r.unit, Number(r.n)]));
}

/** What the map reads of a stored score: the figures it can colour by and the PKTD flag of its tooltip. */
export type MapSnapshot = {
  unitCode: string;
  n: number;
  readiness: number | null;
  stratum: string | null;
  socialCapital: number | null;
  policySupport: number | null;
  result: {
    score: { ir: Record<string, number> | null; variables: Record<string, number | null> | null; indicators: Record<string, number | null> | null };
    policySupport: { noPktdRecord: boolean | null; year: number | null };
  };
};

/**
 * The units of one level of a map with their metrics, the stored result cut down in the database
 * to what the map colours by: a national round's regency results are about 50 KB of JSON each
 * (every village's PKTD checks), 26 MB for the 514 regencies of the national map.
 */
export async function listMapSnapshots(db: DbOrTx, actor: Viewer, q: { roundId: number; version: string; unitType: UnitType; regionCode?: string }): Promise<MapSnapshot[]> {
  const r = scoreSnapshots.result;
  return db
    .select({
      unitCode: scoreSnapshots.unitCode,
      n: scoreSnapshots.n,
      readiness: scoreSnapshots.readiness,
      stratum: scoreSnapshots.stratum,
      socialCapital: scoreSnapshots.socialCapital,
      policySupport: scoreSnapshots.policySupport,
      result: sql<MapSnapshot["result"]>`jsonb_build_object(
        'score', jsonb_build_object('ir', ${r} -> 'score' -> 'ir', 'variables', ${r} -> 'score' -> 'variables', 'indicators', ${r} -> 'score' -> 'indicators'),
        'policySupport', jsonb_build_object('noPktdRecord', ${r} -> 'policySupport' -> 'noPktdRecord', 'year', ${r} -> 'policySupport' -> 'year'))`,
    })
    .from(scoreSnapshots)
    .where(snapshotListCondition(actor, q))
    .orderBy(asc(scoreSnapshots.unitCode));
}
