import { classBreaks, classify, fixedBreaks, NO_DATA, NO_DATA_FILL, numericFills, STRATA, STRATUM_FILL, stratumClass, type BreakMethod } from "./classes";
import { metricValue, scaleOf, type Metric, type SnapshotLike } from "./metrics";

/** One place's class: `key` is a stratum, c0…c4 or "nodata" (the data-class on the map). */
export type PlaceClass = { key: string; fill: string; value: number | null; n: number };

/** A legend row; numeric classes carry the lowest and highest value actually in them. */
export type LegendClass = { key: string; fill: string; count: number; min?: number; max?: number; /** fixed scale: the class's limits */ from?: number; to?: number };

export type Classified = { places: Map<string, PlaceClass>; legend: LegendClass[]; breaks: number[] };

/**
 * Classes every shown place (a place without a snapshot is no data) and counts them,
 * so the legend lists each class with its count, "no data" last.
 */
export function classifyPlaces(codes: readonly string[], snapshots: ReadonlyMap<string, SnapshotLike>, metric: Metric, method: BreakMethod): Classified {
  const places = new Map<string, PlaceClass>();
  const noData = (code: string, n = 0) => places.set(code, { key: NO_DATA, fill: NO_DATA_FILL, value: null, n });
  let legend: LegendClass[];
  let breaks: number[] = [];

  if (metric.kind === "stratum") {
    for (const code of codes) {
      const s = snapshots.get(code);
      const cls = stratumClass(s?.stratum, s?.n ?? 0);
      if (!s || cls === NO_DATA) noData(code, s?.n);
      else places.set(code, { key: cls, fill: STRATUM_FILL[cls], value: s.readiness, n: s.n });
    }
    legend = STRATA.map((k) => ({ key: k, fill: STRATUM_FILL[k], count: 0 }));
  } else {
    const values = new Map(codes.map((c) => [c, snapshots.has(c) ? metricValue(snapshots.get(c)!, metric) : null]));
    // units without respondents do not shape the scale
    const scale = scaleOf(metric);
    breaks = method === "fixed" && scale ? fixedBreaks(scale) : classBreaks(codes.map((c) => ((snapshots.get(c)?.n ?? 0) > 0 ? values.get(c) : null)), method);
    const fills = numericFills(Math.max(0, breaks.length - 1));
    legend = fills.map((fill, i) => ({ key: `c${i}`, fill, count: 0, ...(method === "fixed" ? { from: breaks[i], to: breaks[i + 1] } : {}) }));
    for (const code of codes) {
      const s = snapshots.get(code);
      const value = values.get(code) ?? null;
      const i = classify(value, s?.n ?? 0, breaks);
      if (!s || i === NO_DATA) noData(code, s?.n);
      else {
        places.set(code, { key: `c${i}`, fill: fills[i]!, value, n: s.n });
        const row = legend[i]!;
        row.min = Math.min(row.min ?? Infinity, value!);
        row.max = Math.max(row.max ?? -Infinity, value!);
      }
    }
  }
  const noDataRow: LegendClass = { key: NO_DATA, fill: NO_DATA_FILL, count: 0 };
  for (const p of places.values()) (p.key === NO_DATA ? noDataRow : legend.find((l) => l.key === p.key)!).count++;
  return { places, legend: [...legend, noDataRow], breaks };
}
