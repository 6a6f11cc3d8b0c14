import { BREAK_METHODS, type BreakMethod } from "./classes";

export type MapViewMode = "map" | "table";
/** The units a map colours: regencies nationally and in a province, villages or districts in a regency, villages in a district. */
export type MapUnitLevel = "regency" | "district" | "village";

/** Everything that makes a map view, kept in the URL so a link shows the same map. */
export type MapParams = {
  /** province, regency or district code; null = Indonesia */
  level: string | null;
  round: string | null;
  rubric: string | null;
  by: string;
  /** null: the metric's default (fixed 1-3 for level scores, quantile otherwise) */
  breaks: BreakMethod | null;
  view: MapViewMode;
  /** only in a regency: villages (default) or districts */
  unit: "village" | "district";
};

type Search = Record<string, string | string[] | undefined>;

const LEVEL = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;

/** Reads the URL; `level` is "invalid" when it is not a province, regency or district code. */
export function parseMapParams(sp: Search): MapParams & { invalidLevel: boolean } {
  const level = first(sp.level);
  const breaks = first(sp.breaks);
  return {
    level: level && LEVEL.test(level) ? level : null,
    invalidLevel: level !== null && !LEVEL.test(level),
    round: first(sp.round),
    rubric: first(sp.rubric),
    by: first(sp.by)?.replace(/[^a-z0-9_]/g, "") || "stratum",
    breaks: BREAK_METHODS.find((b) => b === breaks) ?? null,
    view: first(sp.view) === "table" ? "table" : "map",
    unit: first(sp.unit) === "district" ? "district" : "village",
  };
}

/** The kind of code: 2 digits a province, 5 a regency, 8 a district. */
export function levelKind(code: string | null): "national" | "province" | "regency" | "district" {
  if (code === null) return "national";
  return code.length === 2 ? "province" : code.length === 5 ? "regency" : "district";
}

export function unitLevelFor(level: string | null, unit: MapParams["unit"]): MapUnitLevel {
  const kind = levelKind(level);
  if (kind === "national" || kind === "province") return "regency";
  return kind === "regency" ? unit : "village";
}

const DEFAULTS: Partial<Record<keyof MapParams, string>> = { by: "stratum", view: "map", unit: "village" };

/** A /map link: the current parameters with `change` applied, defaults left out to keep it short. */
export function mapHref(current: MapParams, change: Partial<MapParams> = {}): string {
  const p = { ...current, ...change };
  const q = new URLSearchParams();
  for (const key of ["level", "round", "rubric", "by", "breaks", "unit", "view"] as const) {
    const v = p[key];
    if (v !== null && v !== undefined && v !== DEFAULTS[key]) q.set(key, v);
  }
  const s = q.toString();
  return s ? `/map?${s}` : "/map";
}
