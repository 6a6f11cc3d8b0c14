import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { parseAdminUnits, REGION_LEVELS } from "@/lib/regions/admin-units";
import type { Db, DbOrTx } from "../client";
import { referenceDatasets } from "../schema";

const GEO_DIR = path.join(process.cwd(), "db", "seed", "data", "geo");
const SOURCE =
  "cahyadsn/wilayah_boundaries commit 3c5a7960f4d227a38489094d84252bdbb3f978a5; codes per Kepmendagri 300.2.2-2138/2025";
const LICENCE = "MIT License, Copyright (c) 2024 Cahya DSN";
const BATCH = 20_000;

function readGz(file: string) {
  const bytes = gunzipSync(readFileSync(path.join(GEO_DIR, file)));
  return { text: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
}

async function unchanged(db: DbOrTx, id: string, checksum: string) {
  const [row] = await db.select().from(referenceDatasets).where(eq(referenceDatasets.id, id));
  return row?.checksum === checksum;
}

async function recordDataset(
  tx: DbOrTx,
  id: string,
  title: string,
  checksum: string,
  rowCount: number,
  notes: string | null = null,
) {
  const values = { id, title, source: SOURCE, licence: LICENCE, checksum, rowCount, notes, loadedAt: new Date() };
  await tx.insert(referenceDatasets).values(values).onConflictDoUpdate({ target: referenceDatasets.id, set: values });
}

export type LoadResult = { dataset: string; rows: number; skipped: boolean; ms: number };

/** Upserts the 91 k Kemendagri units in a few set-based statements; skipped when unchanged. */
export async function loadAdminUnits(db: Db): Promise<LoadResult> {
  const started = performance.now();
  const { text, checksum } = readGz("indonesia-admin-units.csv.gz");
  if (await unchanged(db, "admin-units", checksum)) {
    return { dataset: "admin-units", rows: 0, skipped: true, ms: performance.now() - started };
  }
  const units = parseAdminUnits(text).sort(
    (a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level),
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < units.length; i += BATCH) {
      const batch = units.slice(i, i + BATCH).map((u) => ({
        code: u.code,
        name: u.name,
        level: u.level,
        kind: u.kind,
        parent_code: u.parentCode,
        search_name: u.searchName,
        centroid_lat: u.centroidLat,
        centroid_lng: u.centroidLng,
      }));
      // One JSON parameter per batch: a single round trip, the same SQL on PGlite and Postgres 15.
      await tx.execute(sql`
        INSERT INTO regions (code, name, level, kind, parent_code, search_name, centroid_lat, centroid_lng)
        SELECT code, name, level::region_level, kind, parent_code, search_name, centroid_lat, centroid_lng
        FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          AS x(code text, name text, level text, kind text, parent_code text, search_name text,
               centroid_lat double precision, centroid_lng double precision)
        ON CONFLICT (code) DO UPDATE SET
          name = excluded.name, level = excluded.level, kind = excluded.kind,
          parent_code = excluded.parent_code, search_name = excluded.search_name,
          centroid_lat = excluded.centroid_lat, centroid_lng = excluded.centroid_lng
        WHERE (regions.name, regions.level, regions.kind, regions.parent_code, regions.centroid_lat, regions.centroid_lng)
          IS DISTINCT FROM (excluded.name, excluded.level, excluded.kind, excluded.parent_code, excluded.centroid_lat, excluded.centroid_lng)`);
    }
    await recordDataset(tx, "admin-units", "Kode dan nama wilayah administrasi (Kemendagri)", checksum, units.length, orphanNote(units));
  });
  return { dataset: "admin-units", rows: units.length, skipped: false, ms: performance.now() - started };
}

/** Names the parent codes the source refers to but does not list (province 63 in this edition). */
function orphanNote(units: { code: string; parentCode: string | null }[]): string | null {
  const codes = new Set(units.map((u) => u.code));
  const missing = new Map<string, number>();
  for (const u of units) {
    if (u.parentCode && !codes.has(u.parentCode)) missing.set(u.parentCode, (missing.get(u.parentCode) ?? 0) + 1);
  }
  if (missing.size === 0) return null;
  const list = [...missing].map(([code, n]) => `${code} (${n} units)`).join(", ");
  return `Parent codes referenced but absent from the source: ${list}.`;
}

const BOUNDARY_FILES = [
  { id: "boundaries-provinces", file: "indonesia-provinces.geojson.gz", title: "Batas provinsi" },
  { id: "boundaries-regencies", file: "indonesia-regencies.geojson.gz", title: "Batas kabupaten/kota" },
  { id: "boundaries-lampung-districts", file: "lampung-districts.geojson.gz", title: "Batas kecamatan Provinsi Lampung" },
  {
    id: "boundaries-lampung-selatan-villages",
    file: "lampung-selatan-villages.geojson.gz",
    title: "Batas desa/kelurahan Kabupaten Lampung Selatan",
  },
] as const;

type Feature = { properties: { code: string }; geometry: unknown };

/** Stores each boundary polygon with its unit (admin units must be loaded first). */
export async function loadBoundaries(db: Db): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const { id, file, title } of BOUNDARY_FILES) {
    const started = performance.now();
    const { text, checksum } = readGz(file);
    if (await unchanged(db, id, checksum)) {
      results.push({ dataset: id, rows: 0, skipped: true, ms: performance.now() - started });
      continue;
    }
    const features = (JSON.parse(text) as { features: Feature[] }).features;
    const rows = features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    await db.transaction(async (tx) => {
      await recordDataset(tx, id, title, checksum, rows.length);
      await tx.execute(sql`
        INSERT INTO region_boundaries (code, geometry, dataset_id)
        SELECT x.code, x.geometry, ${id}
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(code text, geometry jsonb)
        ON CONFLICT (code) DO UPDATE SET geometry = excluded.geometry, dataset_id = excluded.dataset_id`);
    });
    results.push({ dataset: id, rows: rows.length, skipped: false, ms: performance.now() - started });
  }
  return results;
}
