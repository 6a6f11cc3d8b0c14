import { LABEL_SIZE, type MapLabel, type MapMarker, type MapPlace } from "@/components/map/choropleth";
import type { LegendRow } from "@/components/map/map-legend";
import type { MapTableRow } from "@/components/map/map-table";
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { NO_DATA, STRATUM_FILL, stratumClass } from "@/lib/map/classes";
import type { MapGeometry } from "@/lib/map/geometry";
import type { LegendClass } from "@/lib/map/legend";
import { formatMetric, rubricMetricLabel, type Metric } from "@/lib/map/metrics";
import { mapHref, type MapParams } from "@/lib/map/params";
import { placeLabels } from "@/lib/map/labels";
import { toPx, toWorld } from "@/lib/map/project";
import type { loadMap } from "./load";

type Loaded = Extract<Awaited<ReturnType<typeof loadMap>>, { kind: "map" }>;
type T = (key: string, values?: Record<string, string | number>) => string;

export function metricLabel(t: T, metric: Metric, locale: Locale): string {
  return rubricMetricLabel(metric, locale) ?? t(`map.metrics.${metric.key}`);
}

/** Words and numbers of the map, table and legend, formatted once for the chosen locale. */
export function present(data: Loaded, params: MapParams, t: T, locale: Locale) {
  const { round, version, metric, classified, units, unitLevel, geometry } = data;
  const n = (v: number) => formatNumber(v, locale);
  const fmt = (v: number | null) => (v === null ? "—" : formatMetric(metric, v, locale));
  const label = metricLabel(t, metric, locale);
  const period = round?.periodStart && round.periodEnd ? `${formatDate(round.periodStart, locale)} – ${formatDate(round.periodEnd, locale)}` : (round?.name ?? "");
  const periodLine = round ? t("map.period", { period }) : "";
  const classLabel = (c: LegendClass | undefined, key: string) => {
    if (key === NO_DATA) return t("map.noData");
    if (c && metric.kind === "stratum") return t(`map.strata.${key}`);
    if (c && c.from !== undefined && c.to !== undefined) return `${fmt(c.from)} – ${fmt(c.to)}`;
    if (!c || c.min === undefined || c.max === undefined) return "—";
    return c.min === c.max ? fmt(c.min) : `${fmt(c.min)} – ${fmt(c.max)}`;
  };
  const legendByKey = new Map(classified.legend.map((l) => [l.key, l]));
  const roundQuery = round ? `?round=${encodeURIComponent(round.code)}` : "";
  const profileHref = (code: string) => `/regions/${code}${roundQuery}`;
  const drillHref = (code: string) => (unitLevel === "village" ? undefined : mapHref(params, { level: code, unit: "village", view: params.view }));

  const rows = units.map((u) => {
    const p = classified.places.get(u.code)!;
    const cls = legendByKey.get(p.key);
    const valueLine = p.key === NO_DATA ? t("map.noData") : t("map.valueLine", { metric: label, value: metric.kind === "stratum" ? classLabel(cls, p.key) : fmt(p.value) });
    const cover = data.coverage?.get(u.code);
    const pktdYear = data.noPktd.get(u.code);
    const lines = [
      u.name,
      valueLine,
      metric.key === "policy_support" && pktdYear !== undefined ? (pktdYear === null ? t("scores.noPktdYear") : t("scores.noPktd", { year: pktdYear })) : "",
      p.n > 0 ? t("map.respondents", { n: n(p.n) }) : "",
      cover && p.key !== NO_DATA ? t("map.coveredBy", { withData: n(cover.withData), villages: n(cover.villages) }) : "",
      periodLine,
    ].filter(Boolean);
    return { u, p, cls, lines };
  });

  const places: MapPlace[] = rows.map(({ u, p, lines }) => ({ code: u.code, cls: p.key, fill: p.fill, href: drillHref(u.code) ?? profileHref(u.code), label: lines.join("\n") }));
  const table: MapTableRow[] = rows.map(({ u, p, cls }) => ({
    code: u.code,
    name: u.name,
    cls: p.key,
    fill: p.fill,
    classLabel: classLabel(cls, p.key),
    value: metric.kind === "stratum" ? (p.value === null ? "—" : formatNumber(p.value, locale, 2)) : fmt(p.value),
    n: p.n > 0 ? n(p.n) : "—",
    note: [
      metric.key === "policy_support" && data.noPktd.has(u.code) ? t("map.noPktdShort") : "",
      data.coverage?.get(u.code) && p.key !== NO_DATA ? t("map.coveredBy", { withData: n(data.coverage.get(u.code)!.withData), villages: n(data.coverage.get(u.code)!.villages) }) : "",
    ].filter(Boolean).join(" · "),
    profileHref: profileHref(u.code),
    mapHref: drillHref(u.code),
  }));
  const legend: LegendRow[] = classified.legend.map((l) => ({ key: l.key, fill: l.fill, label: classLabel(l, l.key), count: n(l.count) }));
  const withData = units.length - (legendByKey.get(NO_DATA)?.count ?? 0);
  const summary = t("map.summary", { withData: n(withData), total: n(units.length), unit: t(`map.unitsPlural.${unitLevel}`) });
  // a regency coloured from a handful of its villages must say so beside the map
  const thin = [...(data.coverage?.entries() ?? [])].filter(([code, c]) => classified.places.get(code)?.key !== NO_DATA && c.withData / Math.max(c.villages, 1) < 0.5);
  const coverageNote = thin.length
    ? t("map.thinCoverage", { unit: t(`map.unitsPlural.${unitLevel}`), list: thin.map(([code, c]) => `${units.find((u) => u.code === code)?.name ?? code} (${t("map.ofVillages", { withData: n(c.withData), villages: n(c.villages) })})`).join(", ") })
    : "";
  const scaleNote = metric.kind === "stratum" ? "" : t(`map.scaleUnit.${metric.kind}`);
  const markers = geometry && round && showsClusters(data) ? markersOf(data, geometry, t, locale, periodLine) : [];
  return { places, table, legend, summary, coverageNote, scaleNote, label, markers, labels: geometry ? labelsOf(data, geometry, markers) : [], version };
}

/** Clusters are drawn on regency and district maps; nationally a circle would hide whole regencies. */
const showsClusters = (data: Loaded) => data.level?.level === "regency" || data.level?.level === "district";

/** Cluster circles at the home village; area grows with members (r ∝ √n), side by side when they share a village. */
function markersOf(data: Loaded, g: MapGeometry, t: T, locale: Locale, periodLine: string): (MapMarker & { home: string })[] {
  const placed = new Map<string, number>();
  return data.clusters.flatMap((c) => {
    const at = g.anchors[c.homeCode] ?? (c.home ? toPx(g.view, toWorld(c.home[0], c.home[1])) : null);
    if (!at) return [];
    const [x, y] = at;
    // many small villages on a regency map: smaller circles than on a district map
    const scale = data.level?.level === "district" ? 1.6 : 1;
    const r = Math.round((2 + Math.sqrt(Math.max(c.n, 1))) * scale * 10) / 10;
    const key = c.homeCode;
    const i = placed.get(key) ?? 0;
    placed.set(key, i + 1);
    const cls = stratumClass(c.stratum, c.n);
    const stratum = cls === NO_DATA ? t("map.noData") : t(`map.strata.${cls}`);
    const label = [t("map.cluster", { name: c.name }), stratum, t("map.members", { n: formatNumber(c.n, locale) }), periodLine].filter(Boolean).join("\n");
    const href = `/scores/${encodeURIComponent(data.round!.code)}/cluster/${encodeURIComponent(c.code)}?rubric=${encodeURIComponent(data.version ?? "")}`;
    return [{ code: c.code, home: c.homeCode, cls, fill: cls === NO_DATA ? "" : STRATUM_FILL[cls], href, label, x: Math.round((x + i * 2.3 * r) * 10) / 10, y: Math.round(y * 10) / 10, r }];
  });
}

/** Village names on a district map (few enough to read, and printed briefs need them). */
function labelsOf(data: Loaded, g: MapGeometry, markers: readonly (MapMarker & { home: string })[]): MapLabel[] {
  if (data.unitLevel !== "village" || data.units.length > 40 || data.level?.level !== "district") return [];
  const candidates = data.units.flatMap((u) => {
    const at = g.anchors[u.code] ?? g.points[u.code];
    // under the cluster circle sitting on the village, not across it
    const below = Math.max(0, ...markers.filter((m) => m.home === u.code).map((m) => m.r + 2 + LABEL_SIZE));
    // places with data first, then the larger ones
    const priority = (data.classified.places.get(u.code)?.key === NO_DATA ? 0 : 1e9) + (g.areas[u.code] ?? 0);
    return at ? [{ x: at[0], y: at[1] + below, text: u.name, priority }] : [];
  });
  return placeLabels(candidates, g.view.width, LABEL_SIZE);
}
