import { and, asc, count, eq, inArray, like, sql } from "drizzle-orm";
import { inScope, type Actor } from "@/lib/auth/permissions";
import { parentCodeOf, toSearchName } from "@/lib/regions/admin-units";
import type { DbOrTx } from "../client";
import { referenceDatasets, regionBoundaries, regions, type Region } from "../schema";
import { scopeCondition } from "./scope";

export type RegionSummary = Pick<Region, "code" | "name" | "level" | "kind" | "parentCode">;

const summary = { code: regions.code, name: regions.name, level: regions.level, kind: regions.kind, parentCode: regions.parentCode };

/** A unit the actor may open, or null: out of scope and absent look the same. */
export async function getRegionInScope(db: DbOrTx, actor: Actor, code: string): Promise<Region | null> {
  if (!inScope(actor, code)) return null;
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row ?? null;
}

/** Ancestors from the province down (names only: they are shown even outside scope). */
export async function getAncestors(db: DbOrTx, code: string): Promise<RegionSummary[]> {
  const codes: string[] = [];
  for (let c = parentCodeOf(code); c; c = parentCodeOf(c)) codes.unshift(c);
  if (codes.length === 0) return [];
  const rows = await db.select(summary).from(regions).where(inArray(regions.code, codes));
  return codes.map((c) => rows.find((r) => r.code === c) ?? { code: c, name: c, level: "province", kind: null, parentCode: null });
}

export async function listChildren(db: DbOrTx, actor: Actor, code: string | null): Promise<RegionSummary[]> {
  const parent = code === null ? sql`${regions.parentCode} is null and ${regions.level} = 'province'` : eq(regions.parentCode, code);
  return db
    .select(summary)
    .from(regions)
    .where(and(parent, scopeCondition(actor, regions.code)))
    .orderBy(asc(regions.code));
}

/** The top units an actor starts from: provinces, or the regions she is responsible for. */
export async function listEntryRegions(db: DbOrTx, actor: Actor): Promise<RegionSummary[]> {
  if (scopeCondition(actor, regions.code) === undefined) return listChildren(db, actor, null);
  if (actor.regions.length === 0) return [];
  return db.select(summary).from(regions).where(inArray(regions.code, [...actor.regions])).orderBy(asc(regions.code));
}

/** Counts of units under `code` per level (districts, villages) within the actor's scope. */
export async function countDescendants(db: DbOrTx, actor: Actor, code: string) {
  const rows = await db
    .select({ level: regions.level, n: count() })
    .from(regions)
    .where(and(like(regions.code, `${code}.%`), scopeCondition(actor, regions.code)))
    .groupBy(regions.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n])) as Partial<Record<Region["level"], number>>;
}

export type RegionHit = RegionSummary & { parentName: string | null; grandparentName: string | null };

/**
 * Name or code search within scope. Names match without spaces or case ("rajabasa" finds
 * "Raja Basa"); prefix matches rank first. Each hit carries its parents' names to tell
 * namesakes apart.
 */
export async function searchRegions(db: DbOrTx, actor: Actor, query: string, limit = 50): Promise<RegionHit[]> {
  const q = query.trim();
  const isCode = /^\d{2}(\.\d{1,4}){0,3}\.?$/.test(q);
  const needle = toSearchName(q);
  if (!isCode && needle.length < 2) return [];
  const match = isCode ? like(regions.code, `${q}%`) : like(regions.searchName, `%${needle}%`);
  // written out in full: drizzle leaves column names unqualified inside a select list
  const parent = sql<string | null>`(select p.name from regions p where p.code = regions.parent_code)`;
  const grandparent = sql<string | null>`(select g.name from regions p join regions g on g.code = p.parent_code where p.code = regions.parent_code)`;
  const rank = isCode ? sql`length(${regions.code})` : sql`case when ${regions.searchName} = ${needle} then 0 when ${regions.searchName} like ${needle + "%"} then 1 else 2 end`;
  const levelOrder = sql`array_position(array['province','regency','district','village']::region_level[], ${regions.level})`;
  return db
    .select({ ...summary, parentName: parent, grandparentName: grandparent })
    .from(regions)
    .where(and(match, scopeCondition(actor, regions.code)))
    .orderBy(rank, levelOrder, asc(regions.code))
    .limit(limit);
}

export async function hasBoundary(db: DbOrTx, code: string): Promise<{ dataset: string } | null> {
  const [row] = await db.select({ dataset: regionBoundaries.datasetId }).from(regionBoundaries).where(eq(regionBoundaries.code, code));
  return row ?? null;
}

export async function listReferenceDatasets(db: DbOrTx) {
  return db.select().from(referenceDatasets).orderBy(asc(referenceDatasets.id));
}

/** A region as the region picker shows it (name, parents' names, code), within the actor's regions; null when out of scope. */
export async function regionOption(db: DbOrTx, actor: Actor, code: string | null | undefined) {
  if (!code) return null;
  const region = await getRegionInScope(db, actor, code);
  if (!region) return null;
  const ancestors = await getAncestors(db, code);
  return { code: region.code, name: region.name, level: region.level, parents: ancestors.slice(-2).reverse().map((a) => a.name).join(", ") };
}
