import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { UnitRef } from "@/lib/compare/selection";
import { toSearchName } from "@/lib/regions/admin-units";
import type { DbOrTx } from "../client";
import { savedComparisons, scoreSnapshots, type UnitType } from "../schema";
import { scopeCondition } from "./scope";

const inRound = (roundId: number, version: string) => and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.rubricVersion, version));

// the unit's name as regions.search_name spells it ("Raja Basa" → "rajabasa")
const searchableName = sql`regexp_replace(lower(${scoreSnapshots.unitName}), '[^a-z0-9]', '', 'g')`;

/**
 * Scored units of a round whose name or code matches `query`, within the actor's regions: the
 * comparison picker. Name matches ignore case and spaces; prefix matches rank first.
 */
export async function searchScoredUnits(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; query: string; limit?: number }) {
  const text = q.query.trim();
  const needle = toSearchName(text);
  if (needle.length < 2 && !/^\d/.test(text)) return [];
  const code = text.toUpperCase();
  const codePrefix = `${code.replace(/[\\%_]/g, "\\$&")}%`;
  const match = or(sql`upper(${scoreSnapshots.unitCode}) like ${codePrefix}`, needle ? sql`${searchableName} like ${`%${needle}%`}` : undefined);
  const rank = sql`case when upper(${scoreSnapshots.unitCode}) = ${code} or ${searchableName} = ${needle} then 0 when ${searchableName} like ${`${needle}%`} then 1 else 2 end`;
  const typeOrder = sql`array_position(array['cluster','village','district','regency']::unit_type[], ${scoreSnapshots.unitType})`;
  return db
    .select({ type: scoreSnapshots.unitType, code: scoreSnapshots.unitCode, name: scoreSnapshots.unitName, regionCode: scoreSnapshots.regionCode, n: scoreSnapshots.n })
    .from(scoreSnapshots)
    .where(and(inRound(q.roundId, q.version), match, scopeCondition(actor, scoreSnapshots.regionCode)))
    .orderBy(rank, typeOrder, asc(scoreSnapshots.unitCode))
    .limit(q.limit ?? 12);
}

/** The snapshots of the chosen units that the actor may see (missing or out of scope: absent). */
export async function snapshotsOf(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; units: readonly UnitRef[] }) {
  if (q.units.length === 0) return [];
  const wanted = or(...q.units.map((u) => and(eq(scoreSnapshots.unitType, u.type), eq(scoreSnapshots.unitCode, u.code))));
  return db
    .select()
    .from(scoreSnapshots)
    .where(and(inRound(q.roundId, q.version), wanted, scopeCondition(actor, scoreSnapshots.regionCode)));
}

/** Indicator profiles of every unit of one type in a round, within scope: the peer search. */
export async function indicatorProfiles(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; unitType: UnitType }) {
  return db
    .select({
      code: scoreSnapshots.unitCode,
      name: scoreSnapshots.unitName,
      n: scoreSnapshots.n,
      indicators: sql<Record<string, number | null>>`${scoreSnapshots.result} -> 'score' -> 'indicators'`,
    })
    .from(scoreSnapshots)
    .where(and(inRound(q.roundId, q.version), eq(scoreSnapshots.unitType, q.unitType), scopeCondition(actor, scoreSnapshots.regionCode)));
}

// ---- ranking (national) ----

export const RANK_SCORES = ["readiness", "socialCapital", "policySupport", "n", "institution", "activity", "performance", "connectivity"] as const;
export type RankScore = (typeof RANK_SCORES)[number];

function rankColumn(by: RankScore): SQL {
  switch (by) {
    case "readiness":
      return sql`${scoreSnapshots.readiness}`;
    case "socialCapital":
      return sql`${scoreSnapshots.socialCapital}`;
    case "policySupport":
      return sql`${scoreSnapshots.policySupport}`;
    case "n":
      return sql`${scoreSnapshots.n}`;
    default:
      return sql`(${scoreSnapshots.result} -> 'score' -> 'variables' ->> ${by})::double precision`;
  }
}

/** The units of a type in a round ordered by a stored score (missing values last), within scope: a page of them, or all (limit null). */
export async function rankUnits(
  db: DbOrTx,
  actor: Actor,
  q: { roundId: number; version: string; unitType: UnitType; by: RankScore; dir: "asc" | "desc"; limit: number | null; offset?: number },
) {
  const column = rankColumn(q.by);
  const order = q.dir === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const variable = (name: string) => sql<number | null>`(${scoreSnapshots.result} -> 'score' -> 'variables' ->> ${name})::double precision`;
  // the page is chosen first; the variables are read from the stored JSON of its rows only
  const page = db
    .select({ id: scoreSnapshots.id })
    .from(scoreSnapshots)
    .where(and(inRound(q.roundId, q.version), eq(scoreSnapshots.unitType, q.unitType), scopeCondition(actor, scoreSnapshots.regionCode)))
    .orderBy(order, asc(scoreSnapshots.unitCode))
    .offset(q.offset ?? 0)
    .limit(q.limit ?? Number.MAX_SAFE_INTEGER)
    .as("page");
  return db
    .select({
      type: scoreSnapshots.unitType,
      code: scoreSnapshots.unitCode,
      name: scoreSnapshots.unitName,
      n: scoreSnapshots.n,
      readiness: scoreSnapshots.readiness,
      stratum: scoreSnapshots.stratum,
      socialCapital: scoreSnapshots.socialCapital,
      policySupport: scoreSnapshots.policySupport,
      institution: variable("institution"),
      activity: variable("activity"),
      performance: variable("performance"),
      connectivity: variable("connectivity"),
    })
    .from(scoreSnapshots)
    .innerJoin(page, eq(page.id, scoreSnapshots.id))
    .orderBy(order, asc(scoreSnapshots.unitCode));
}

/** How many units a ranking holds (its pages' total). */
export async function countRankUnits(db: DbOrTx, actor: Actor, q: { roundId: number; version: string; unitType: UnitType }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(scoreSnapshots)
    .where(and(inRound(q.roundId, q.version), eq(scoreSnapshots.unitType, q.unitType), scopeCondition(actor, scoreSnapshots.regionCode)));
  return row?.n ?? 0;
}

// ---- saved comparisons ----

export async function insertSavedComparison(tx: DbOrTx, row: typeof savedComparisons.$inferInsert) {
  await tx.insert(savedComparisons).values(row);
}

/** By id only: the caller must then check that the actor may see every unit in it. */
export async function findSavedComparison(db: DbOrTx, id: string) {
  const [row] = await db.select().from(savedComparisons).where(eq(savedComparisons.id, id));
  return row ?? null;
}

export async function listSavedComparisons(db: DbOrTx, userId: number, limit = 20) {
  return db
    .select({ id: savedComparisons.id, title: savedComparisons.title, units: savedComparisons.units, createdAt: savedComparisons.createdAt })
    .from(savedComparisons)
    .where(eq(savedComparisons.createdBy, userId))
    .orderBy(desc(savedComparisons.createdAt))
    .limit(limit);
}
