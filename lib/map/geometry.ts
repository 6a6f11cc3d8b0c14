import type { MultiPolygon, Polygon } from "geojson";
import { boundsOf, fitView, linesPath, projectGeometry, shapePath, toPx, toWorld, type Shape, type ViewTransform } from "./project";
import { largestPolygon, ringArea, ringCentroid, simplifyUnits, type PlanarUnit } from "./simplify";

/** A unit to draw: its boundary when the portal has one, else its centroid (lon, lat). */
export type MapUnitInput = { code: string; group: string; geometry: Polygon | MultiPolygon | null; centroid: [number, number] | null };

/** What the page draws, in the view's pixels; computed once per view and cached. */
export type MapGeometry = {
  view: ViewTransform;
  /** compact SVG path per unit with a polygon */
  shapes: Record<string, string>;
  /** label and marker anchor per unit with a polygon: the centre of its main polygon */
  anchors: Record<string, [number, number]>;
  /** area of that main polygon in px² (label priority) */
  areas: Record<string, number>;
  /** pixel position per unit drawn as a point (no polygon, but a centroid) */
  points: Record<string, [number, number]>;
  /** borders between groups (districts in a regency's village map, provinces nationally) */
  borders: string;
  /** outlines around point-only units, so they are not floating in space */
  context: string;
};

/** Triangles smaller than this (px²) are simplified away; rings under 4× it are dropped. */
export const SIMPLIFY_AREA_PX = 1;

const round1 = (v: number) => Math.round(v * 10) / 10;

export function buildGeometry(units: readonly MapUnitInput[], context: readonly (Polygon | MultiPolygon)[]): MapGeometry {
  const polygons: PlanarUnit[] = [];
  const points = new Map<string, [number, number]>();
  for (const u of units) {
    if (u.geometry) polygons.push({ code: u.code, group: u.group, shape: projectGeometry(u.geometry) });
    else if (u.centroid) points.set(u.code, toWorld(u.centroid[0], u.centroid[1]));
  }
  const contextShapes = context.map(projectGeometry);
  // the frame follows each unit's main polygon: Krakatau, part of one Raja Basa village, would
  // otherwise shrink the whole district to a corner (outlying islets are clipped instead)
  const bounds = boundsOf([...polygons.map((p) => p.shape), ...contextShapes].map(largestPolygon), points.values());
  const view = fitView(bounds ?? [[0.8, 0.5], [0.85, 0.55]]);
  const minArea = SIMPLIFY_AREA_PX / view.k ** 2;

  const shapes: Record<string, string> = {};
  const anchors: Record<string, [number, number]> = {};
  const areas: Record<string, number> = {};
  const simple = simplifyUnits(polygons, minArea);
  for (const [code, shape] of simple.shapes) {
    if (shape.length === 0) continue;
    shapes[code] = shapePath(view, shape);
    const main = largestPolygon(shape)[0]![0]!;
    anchors[code] = toPx(view, ringCentroid(main)).map(round1) as [number, number];
    areas[code] = Math.round(ringArea(main) * view.k ** 2);
  }
  const pointPx: Record<string, [number, number]> = {};
  for (const [code, p] of points) pointPx[code] = toPx(view, p).map(round1) as [number, number];
  let contextPath = "";
  if (contextShapes.length > 0) {
    const outlines = simplifyUnits(contextShapes.map((shape, i) => ({ code: String(i), group: String(i), shape })), minArea);
    contextPath = [...outlines.shapes.values()].map((s: Shape) => shapePath(view, s)).join("");
  }
  return { view, shapes, anchors, areas, points: pointPx, borders: simple.groupBorders.length ? linesPath(view, simple.groupBorders) : "", context: contextPath };
}
