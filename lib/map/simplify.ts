import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from "geojson";
import { feature, mesh } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Ring, Shape } from "./project";

/** A unit's polygons in world coordinates; `group` is its parent (district borders, province borders). */
export type PlanarUnit = { code: string; group: string; shape: Shape };

export type Simplified = { shapes: Map<string, Shape>; groupBorders: Ring[] };

type Props = { group: string };
type WeightedArc = [number, number, number][];

export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

/** The unit's main polygon (largest outer ring): remote islets must not decide the frame. */
export function largestPolygon(shape: Shape): Shape {
  const valid = shape.filter((p) => p[0] && p[0].length >= 4);
  if (valid.length <= 1) return valid;
  return [valid.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a))];
}

/** Area-weighted centroid of a ring (the label and marker anchor of a place). */
export function ringCentroid(ring: Ring): [number, number] {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

/** A ring is drawable when it has at least 4 positions (3 distinct + closing) and an area. */
export const isValidRing = (ring: Ring) => ring.length >= 4 && ringArea(ring) > 0;

/**
 * Keeps the interior points a ring needs to stay a polygon after simplification: arc end
 * points always survive, so a ring of one arc needs two more points and a ring of two arcs
 * one more. The points with the largest effective area are kept (weight = Infinity).
 */
function protectRings(topo: Topology, rings: number[][]) {
  const arcs = topo.arcs as unknown as WeightedArc[];
  for (const ring of rings) {
    const need = 3 - ring.length;
    if (need <= 0) continue;
    const candidates = ring.flatMap((i) => {
      const arc = arcs[i < 0 ? ~i : i]!;
      return arc.slice(1, -1);
    });
    candidates.sort((a, b) => b[2] - a[2]);
    for (const point of candidates.slice(0, need)) point[2] = Infinity;
  }
}

function ringsOf(topo: Topology<{ units: GeometryCollection<Props> }>): number[][] {
  return topo.objects.units.geometries.flatMap((g) => (g.type === "Polygon" ? g.arcs : g.type === "MultiPolygon" ? g.arcs.flat() : []));
}

/**
 * Drops rings smaller than `minArea` (slivers, islets), but never a unit's largest polygon:
 * every unit stays on the map, however small it is at this scale.
 */
export function dropSmallRings(shape: Shape, minArea: number): Shape {
  const polygons = shape
    .map((rings) => rings.filter(isValidRing))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return [];
  const largest = polygons.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  return polygons
    .filter((p) => p === largest || ringArea(p[0]!) >= minArea)
    .map(([outer, ...holes]) => [outer!, ...holes.filter((h) => ringArea(h) >= minArea)]);
}

/**
 * Simplifies neighbouring units together (Visvalingam on shared arcs, so borders stay
 * shared: no gaps, no overlaps) down to triangles of `minArea` world units², and returns
 * the borders between different groups as lines drawn on top.
 */
export function simplifyUnits(units: readonly PlanarUnit[], minArea: number): Simplified {
  const collection: FeatureCollection<MultiPolygon, Props> = {
    type: "FeatureCollection",
    features: units.map((u) => ({ type: "Feature", id: u.code, properties: { group: u.group }, geometry: { type: "MultiPolygon", coordinates: u.shape } })),
  };
  // 1e5 steps across the extent: neighbours' shared vertices snap together, far finer than a pixel
  type Units = Topology<{ units: GeometryCollection<Props> }>;
  const topo = presimplify(topology({ units: collection }, 1e5) as unknown as Units);
  protectRings(topo, ringsOf(topo));
  const simple = simplify(topo, minArea);
  const features = (feature(simple, simple.objects.units) as FeatureCollection<MultiPolygon | null, Props>).features;
  const shapes = new Map<string, Shape>();
  features.forEach((f: Feature<MultiPolygon | null, Props>, i) => {
    const original = units[i]!;
    const g = f.geometry as MultiPolygon | { type: "Polygon"; coordinates: Ring[] } | null;
    const coords: Shape = !g ? [] : g.type === "MultiPolygon" ? (g.coordinates as Shape) : [g.coordinates];
    const kept = dropSmallRings(coords, minArea * 4);
    // a unit whose simplified rings all collapsed keeps its own largest ring, unsimplified
    shapes.set(original.code, kept.length > 0 ? kept : dropSmallRings(original.shape, Infinity));
  });
  const groupOf = (g: unknown) => (g as { properties?: Props }).properties?.group;
  const borders = mesh(simple, simple.objects.units, (a, b) => a !== b && groupOf(a) !== groupOf(b)) as MultiLineString;
  return { shapes, groupBorders: borders.coordinates as Ring[] };
}
