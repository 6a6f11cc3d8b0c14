import { parentCodeOf } from "@/lib/regions/admin-units";

export type UnitKind = "cluster" | "village" | "district" | "regency";
export const UNIT_KINDS: readonly UnitKind[] = ["cluster", "village", "district", "regency"];

export type InputRow<A> = { answers: A; villageCode: string; clusterCode: string | null; rowHash: string };

export type Unit<A> = {
  type: UnitKind;
  code: string;
  /** where the unit lies: a cluster's home village, or the region itself */
  regionCode: string;
  rows: InputRow<A>[];
  villages: string[];
};

/**
 * Every unit a round's respondents make: each cluster (by cluster_code), village, district
 * and regency. A cluster lies in its home village when known, else its members' first village.
 */
export function groupUnits<A>(rows: readonly InputRow<A>[], clusterHomes: ReadonlyMap<string, string>): Unit<A>[] {
  const units = new Map<string, Unit<A>>();
  // a regency has thousands of rows and hundreds of villages: no search of the list per row
  const seen = new Map<string, Set<string>>();
  const add = (type: UnitKind, code: string, regionCode: string, row: InputRow<A>) => {
    const key = `${type}|${code}`;
    let unit = units.get(key);
    let villages = seen.get(key);
    if (!unit || !villages) {
      unit = { type, code, regionCode, rows: [], villages: [] };
      villages = new Set();
      units.set(key, unit);
      seen.set(key, villages);
    }
    unit.rows.push(row);
    if (!villages.has(row.villageCode)) {
      villages.add(row.villageCode);
      unit.villages.push(row.villageCode);
    }
  };
  for (const row of rows) {
    const district = parentCodeOf(row.villageCode)!;
    const regency = parentCodeOf(district)!;
    if (row.clusterCode) add("cluster", row.clusterCode, clusterHomes.get(row.clusterCode) ?? row.villageCode, row);
    add("village", row.villageCode, row.villageCode, row);
    add("district", district, district, row);
    add("regency", regency, regency, row);
  }
  return [...units.values()].sort((a, b) => UNIT_KINDS.indexOf(a.type) - UNIT_KINDS.indexOf(b.type) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
