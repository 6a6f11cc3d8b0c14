import { doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const regionLevel = pgEnum("region_level", ["province", "regency", "district", "village"]);

/** Kemendagri administrative units (Kepmendagri 300.2.2-2138/2025), looked up by code. */
export const regions = pgTable(
  "regions",
  {
    code: text().primaryKey(),
    name: text().notNull(),
    level: regionLevel().notNull(),
    /** desa, kelurahan or desa_adat for villages; kabupaten or kota for regencies. */
    kind: text(),
    /** not a foreign key: the source lists 13 regencies of province 63, which it omits */
    parentCode: text(),
    /** lower-case name without spaces or punctuation, so "Rajabasa" finds "Raja Basa". */
    searchName: text().notNull(),
    centroidLat: doublePrecision(),
    centroidLng: doublePrecision(),
  },
  (t) => [
    // children of a unit: region pages and the map's drill-down
    index("regions_parent_code_idx").on(t.parentCode),
    // name search by prefix (text_pattern_ops lets LIKE 'x%' use the index)
    index("regions_search_name_idx").on(t.searchName.op("text_pattern_ops")),
  ],
);

/** Boundary polygons (GeoJSON geometry) for the units that have one. */
export const regionBoundaries = pgTable("region_boundaries", {
  code: text()
    .primaryKey()
    .references(() => regions.code, { onDelete: "cascade" }),
  geometry: jsonb().notNull(),
  datasetId: text()
    .notNull()
    .references(() => referenceDatasets.id),
});

/** Where each reference dataset came from, so pages can cite it. */
export const referenceDatasets = pgTable("reference_datasets", {
  id: text().primaryKey(),
  title: text().notNull(),
  source: text().notNull(),
  licence: text().notNull(),
  /** sha256 of the loaded file, so a second start skips an unchanged load. */
  checksum: text().notNull(),
  rowCount: integer().notNull(),
  /** problems found in the source while loading it, shown where the data is cited */
  notes: text(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Region = typeof regions.$inferSelect;
export type RegionLevel = (typeof regionLevel.enumValues)[number];
export type ReferenceDataset = typeof referenceDatasets.$inferSelect;
