import "server-only";
import { createHash } from "node:crypto";
import type { MultiPolygon, Polygon } from "geojson";
import { notFound } from "next/navigation";
import { getReadDb } from "@/db/client";
import { listBoundaries, listCentroids, listClusterMarkers, listMapSnapshots, listMapUnits, surveyedVillagesBy, villageCountsBy, type MapUnitRow } from "@/db/queries/map";
import { getAncestors, getRegionInScope, listEntryRegions } from "@/db/queries/regions";
import { getRubricVersion, scoredVersions } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import { hasNationalScope, inScope, type Actor } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import type { Region } from "@/db/schema";
import { cachedView } from "@/lib/map/cache";
import { buildGeometry, type MapGeometry, type MapUnitInput } from "@/lib/map/geometry";
import { classifyPlaces } from "@/lib/map/legend";
import { defaultBreaks, metricsFor } from "@/lib/map/metrics";
import { levelKind, unitLevelFor, type MapParams } from "@/lib/map/params";
import { spriteSvg } from "@/lib/map/sprite";
import { tilesFor } from "@/lib/map/tiles";
import { defaultRound } from "@/lib/surveys/round-status";

type Geometry = Polygon | MultiPolygon;
type CachedMap = { geometry: MapGeometry; sprite: string; version: string };
const centroidOf = (u: MapUnitRow): [number, number] | null => (u.centroidLat === null || u.centroidLng === null ? null : [u.centroidLng, u.centroidLat]);

/**
 * The view's level: the one asked for (null when out of scope or not a map level), or
 * where the user starts: Indonesia for national staff, else her first region.
 */
async function resolveLevel(actor: Actor, asked: string | null): Promise<{ region: Region | null } | null> {
  const db = await getReadDb();
  if (asked) {
    const region = inScope(actor, asked) ? await getRegionInScope(db, actor, asked) : null;
    return region && region.level !== "village" ? { region } : null;
  }
  if (hasNationalScope(actor)) return { region: null };
  // a village-only scope has no map level of its own
  const entry = (await listEntryRegions(db, actor)).find((r) => r.level !== "village");
  const region = entry ? await getRegionInScope(db, actor, entry.code) : null;
  return region ? { region } : null;
}

/** Boundaries of the shown units, plus outlines around units drawn as points. */
async function geometryFor(actor: Actor, level: string | null, units: MapUnitRow[], unitLevel: string): Promise<CachedMap> {
  const codes = units.map((u) => u.code);
  const key = createHash("sha1").update(`${level}|${unitLevel}|${codes.join(",")}`).digest("hex");
  return cachedView(key, async () => {
    const db = await getReadDb();
    const boundaries = await listBoundaries(db, codes);
    const inputs: MapUnitInput[] = units.map((u) => ({ code: u.code, group: u.parentCode ?? "", geometry: (boundaries.get(u.code) as Geometry | undefined) ?? null, centroid: centroidOf(u) }));
    let context: Geometry[] = [];
    if (level && inputs.some((u) => !u.geometry)) {
      // villages outside Lampung Selatan: the districts' (or the level's own) outline around the points
      const districts = unitLevel === "village" && levelKind(level) === "regency" ? (await listMapUnits(db, actor, level, "district")).map((d) => d.code) : [];
      const outlines = await listBoundaries(db, [level, ...districts]);
      context = [...outlines.values()] as Geometry[];
    }
    const geometry = buildGeometry(inputs, context);
    const sprite = spriteSvg(geometry);
    return { geometry, sprite, version: createHash("sha1").update(sprite).digest("hex").slice(0, 12) };
  });
}

/** The sprite of one view (see lib/map/sprite.ts), or null when the level is out of scope. */
export async function loadShapes(actor: Actor, params: Pick<MapParams, "level" | "unit">) {
  const level = await resolveLevel(actor, params.level);
  if (!level) return null;
  const code = level.region?.code ?? null;
  const unitLevel = unitLevelFor(code, params.unit);
  const units = await listMapUnits(await getReadDb(), actor, code, unitLevel);
  return geometryFor(actor, code, units, unitLevel);
}

export async function loadMap(actor: Actor, params: MapParams) {
  const db = await getReadDb();
  const resolved = await resolveLevel(actor, params.level);
  if (!resolved && params.level) notFound();
  const level = resolved ? resolved.region : undefined;
  const rounds = await listRounds(db, actor);
  const round = rounds.find((r) => r.code === params.round) ?? defaultRound(rounds);
  const versions = round ? await scoredVersions(db, round.id) : [];
  const version = round ? (versions.find((v) => v === params.rubric) ?? round.rubricVersion) : null;
  const rubric = version ? await getRubricVersion(db, version) : null;
  const metrics = metricsFor(rubric?.definition ?? null);
  const metric = metrics.find((m) => m.key === params.by) ?? metrics[0]!;
  if (level === undefined) return { kind: "none", rounds, round, versions, version, metrics, metric } as const;

  const code = level?.code ?? null;
  const unitLevel = unitLevelFor(code, params.unit);
  const breaks = params.breaks ?? defaultBreaks(metric);
  const [ancestors, units] = await Promise.all([code ? getAncestors(db, code) : [], listMapUnits(db, actor, code, unitLevel)]);
  const q = round && version ? { roundId: round.id, version, regionCode: code } : null;
  // markers are drawn from the regency down (present.ts): a national round has ~100,000 clusters
  const markersShown = level?.level === "regency" || level?.level === "district";
  const [snapshots, clusterRows] = await Promise.all([
    q ? listMapSnapshots(db, actor, { ...q, unitType: unitLevel, regionCode: code ?? undefined }) : [],
    q && markersShown ? listClusterMarkers(db, actor, q) : [],
  ]);
  // a regency or district is coloured from its surveyed villages only: say from how many of how many
  const coverage = unitLevel === "village" ? null : await coverageOf(db, actor, code, unitLevel, q);
  // the flag of rubric.md section 5 goes with a policy-support value, in the tooltip too
  const noPktd = new Map(snapshots.filter((s) => s.result.policySupport.noPktdRecord).map((s) => [s.unitCode, s.result.policySupport.year]));
  const classified = classifyPlaces(
    units.map((u) => u.code),
    new Map(snapshots.map((s) => [s.unitCode, s])),
    metric,
    breaks,
  );
  const cached = params.view === "map" ? await geometryFor(actor, code, units, unitLevel) : null;
  const geometry = cached?.geometry ?? null;
  const shapesHref = cached ? `/map/shapes?${new URLSearchParams({ ...(code ? { level: code } : {}), unit: params.unit, v: cached.version })}` : null;
  const homes = new Map((await listCentroids(db, actor, [...new Set(clusterRows.map((c) => c.regionCode))])).map((h) => [h.code, centroidOf(h)]));
  const clusters = clusterRows.map((c) => ({ code: c.unitCode, name: c.unitName, n: c.n, stratum: c.stratum, homeCode: c.regionCode, home: homes.get(c.regionCode) ?? null }));
  const tileUrl = getEnv().mapTileUrl;
  const tiles = geometry && tileUrl ? tilesFor(geometry.view, tileUrl) : [];
  return { kind: "map", level, rounds, round, versions, version, metrics, metric, breaks, ancestors, unitLevel, units, classified, coverage, noPktd, geometry, clusters, tiles, shapesHref } as const;
}

/** Per regency or district of the map: villages with survey data and villages in all. */
async function coverageOf(
  db: Awaited<ReturnType<typeof getReadDb>>,
  actor: Actor,
  code: string | null,
  unitLevel: "regency" | "district",
  q: { roundId: number; version: string; regionCode: string | null } | null,
): Promise<Map<string, { withData: number; villages: number }>> {
  // the villages of each unit come from the admin units, which never change while the portal runs
  const scope = hasNationalScope(actor) ? "*" : [...actor.regions].sort().join(",");
  const villageCounts = cachedView(`villages|${code}|${unitLevel}|${scope}`, () => villageCountsBy(db, actor, code, unitLevel));
  const [villages, withData] = await Promise.all([villageCounts, q ? surveyedVillagesBy(db, actor, q, unitLevel) : new Map<string, number>()]);
  return new Map([...villages].map(([unit, total]) => [unit, { withData: withData.get(unit) ?? 0, villages: total }]));
}
