import { geoIdentity, geoMercatorRaw, geoPath, type GeoContext } from "d3-geo";
import type { MultiPolygon, Polygon } from "geojson";

/** A ring of planar points; a polygon is its exterior ring followed by its holes. */
export type Ring = [number, number][];
export type Shape = Ring[][];

const RAD = Math.PI / 180;
// Web Mercator stops at ±85.0511°; Indonesia is far inside, the clamp only guards bad data.
const MAX_LAT = 85.0511287798;

/**
 * Longitude/latitude to Web Mercator "world" coordinates in [0, 1] with y pointing down:
 * the same plane as XYZ tiles (tile x at zoom z = world x · 2^z), so a base layer lines up.
 */
export function toWorld(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const [x, y] = geoMercatorRaw(lon * RAD, clamped * RAD);
  return [(x + Math.PI) / (2 * Math.PI), (Math.PI - y) / (2 * Math.PI)];
}

/** A GeoJSON Polygon or MultiPolygon, projected to world coordinates. */
export function projectGeometry(geometry: Polygon | MultiPolygon): Shape {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => toWorld(lon!, lat!))));
}

export type Bounds = [[number, number], [number, number]];

export function boundsOf(shapes: Iterable<Shape>, points: Iterable<[number, number]> = []): Bounds | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const add = ([x, y]: [number, number]) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  for (const s of shapes) for (const polygon of s) polygon[0]?.forEach(add);
  for (const p of points) add(p);
  return x0 === Infinity ? null : [[x0, y0], [x1, y1]];
}

/** px = k · world + t: the fitted view, also used for markers and tiles. */
export type ViewTransform = { width: number; height: number; k: number; tx: number; ty: number };

/**
 * Fits the bounds into a `width`-wide viewBox whose height follows the extent's aspect
 * (clamped), so a tall regency and a wide country both fill the frame without bands.
 */
export function fitView(bounds: Bounds, width = 800, pad = 12, minHeight = 360, maxHeight = 900): ViewTransform {
  const [[x0, y0], [x1, y1]] = bounds;
  // a lone point (one village without a polygon) still gets a sensible zoom: ~1 km
  const dx = Math.max(x1 - x0, 2.5e-5), dy = Math.max(y1 - y0, 2.5e-5);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, ((width - 2 * pad) * dy) / dx + 2 * pad)));
  const k = Math.min((width - 2 * pad) / dx, (height - 2 * pad) / dy);
  return { width, height, k, tx: width / 2 - k * (x0 + x1) / 2, ty: height / 2 - k * (y0 + y1) / 2 };
}

export const toPx = (v: ViewTransform, [x, y]: [number, number]): [number, number] => [v.k * x + v.tx, v.k * y + v.ty];

/** Tenths of a pixel, without a leading zero: 12.3, .5, -.5, 4. */
function tenths(t: number): string {
  const s = (Math.abs(t) / 10).toString().replace(/^0\./, ".");
  return t < 0 ? "-" + s : s;
}

/**
 * A d3 path context that writes compact SVG: coordinates quantised to 0.1 px, relative
 * `l` steps with implicit repeats, numbers joined without separators where SVG allows it,
 * and steps that round to nothing dropped.
 */
export class CompactPath implements GeoContext {
  private out = "";
  private last = "";
  private x = 0;
  private y = 0;
  private started = false;

  private num(s: string) {
    const needsSep = this.last !== "" && !s.startsWith("-") && !(s.startsWith(".") && this.last.includes("."));
    this.out += (needsSep ? " " : "") + s;
    this.last = s;
  }
  private cmd(c: string) {
    this.out += c;
    this.last = "";
  }
  moveTo(x: number, y: number) {
    this.x = Math.round(x * 10);
    this.y = Math.round(y * 10);
    this.cmd("M");
    this.num(tenths(this.x));
    this.num(tenths(this.y));
    this.started = false;
  }
  lineTo(x: number, y: number) {
    const qx = Math.round(x * 10), qy = Math.round(y * 10);
    if (qx === this.x && qy === this.y) return;
    if (!this.started) this.cmd("l");
    this.started = true;
    this.num(tenths(qx - this.x));
    this.num(tenths(qy - this.y));
    this.x = qx;
    this.y = qy;
  }
  closePath() {
    this.cmd("z");
  }
  arc() {
    // points are drawn as <circle>, never through the path
  }
  beginPath() {}
  result(): string {
    const r = this.out;
    this.out = "";
    this.last = "";
    return r;
  }
}

function render(view: ViewTransform, object: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const context = new CompactPath();
  geoPath(geoIdentity().scale(view.k).translate([view.tx, view.ty]), context)(object);
  return context.result();
}

/** Polygons in world coordinates → one compact SVG path string in the view's pixels. */
export const shapePath = (view: ViewTransform, shape: Shape) => render(view, { type: "MultiPolygon", coordinates: shape });

/** Lines (borders) in world coordinates → one compact SVG path string. */
export const linesPath = (view: ViewTransform, lines: Ring[]) => render(view, { type: "MultiLineString", coordinates: lines });
