import { parse } from "csv-parse/sync";

export const REGION_LEVELS = ["province", "regency", "district", "village"] as const;
export type RegionLevelName = (typeof REGION_LEVELS)[number];

export type AdminUnit = {
  code: string;
  name: string;
  level: RegionLevelName;
  kind: string | null;
  parentCode: string | null;
  searchName: string;
  centroidLat: number | null;
  centroidLng: number | null;
};

const CODE_SHAPE: Record<RegionLevelName, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

const HEADER = ["code", "name", "level", "kind", "parent_code", "centroid_lat", "centroid_lng"];

/** Lower-case, accents and everything but letters and digits removed: "Raja Basa" → "rajabasa". */
export function toSearchName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The Kemendagri code of the unit one level up, or null for a province. */
export function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf(".");
  return cut === -1 ? null : code.slice(0, cut);
}

export function levelOfCode(code: string): RegionLevelName | null {
  return REGION_LEVELS.find((l) => CODE_SHAPE[l].test(code)) ?? null;
}

/** A Kemendagri code of any level (18, 18.01, 18.01.16 or 18.01.16.2004). */
export function isRegionCode(code: string): boolean {
  return levelOfCode(code) !== null;
}

/** Regencies carry no kind in the source; their name says it ("Kabupaten …" or "Kota …"). */
function kindOf(level: RegionLevelName, kind: string, name: string): string | null {
  if (kind) return kind;
  if (level === "regency") return name.startsWith("Kota ") ? "kota" : "kabupaten";
  return null;
}

function coordinate(text: string, min: number, max: number, where: string): number | null {
  if (text === "") return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${where}: '${text}' is not a coordinate`);
  return n;
}

/**
 * Parses the admin-units CSV (code,name,level,kind,parent_code,centroid_lat,centroid_lng).
 * Throws with the line number on the first malformed row: reference data is all or nothing.
 */
export function parseAdminUnits(text: string): AdminUnit[] {
  const records: string[][] = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, relax_column_count: false });
  const header = records[0]?.map((h) => h.trim().toLowerCase());
  if (!header || HEADER.some((h, i) => header[i] !== h)) {
    throw new Error(`line 1: expected header ${HEADER.join(",")}`);
  }
  const seen = new Set<string>();
  return records.slice(1).map((r, i) => {
    const where = `line ${i + 2}`;
    const [code = "", name = "", level = "", kind = "", parent = "", lat = "", lng = ""] = r.map((c) => c.trim());
    const lvl = REGION_LEVELS.find((l) => l === level);
    if (!lvl) throw new Error(`${where}: unknown level '${level}'`);
    if (!CODE_SHAPE[lvl].test(code)) throw new Error(`${where}: code '${code}' does not fit level ${lvl}`);
    if (!name) throw new Error(`${where}: name is empty`);
    if ((parent || null) !== parentCodeOf(code)) throw new Error(`${where}: parent '${parent}' does not match code '${code}'`);
    if (seen.has(code)) throw new Error(`${where}: duplicate code '${code}'`);
    seen.add(code);
    return {
      code,
      name,
      level: lvl,
      kind: kindOf(lvl, kind, name),
      parentCode: parent || null,
      searchName: toSearchName(name),
      centroidLat: coordinate(lat, -90, 90, where),
      centroidLng: coordinate(lng, -180, 180, where),
    };
  });
}
