import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { buildGeometry, SIMPLIFY_AREA_PX } from "./geometry";
import { boundsOf, fitView, projectGeometry } from "./project";
import { spriteSvg } from "./sprite";
import { dropSmallRings, isValidRing, ringArea, simplifyUnits } from "./simplify";

type Props = { code: string; parent: string; centroid: [number, number] };
const file = path.join(process.cwd(), "db/seed/data/geo/lampung-selatan-villages.geojson.gz");
const villages = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as FeatureCollection<Polygon | MultiPolygon, Props>;
const units = villages.features.map((f) => ({ code: f.properties.code, group: f.properties.parent, shape: projectGeometry(f.geometry) }));
const pointsIn = (shape: number[][][][]) => shape.flat().reduce((n, ring) => n + ring.length, 0);

describe("simplifyUnits on Lampung Selatan's villages", () => {
  const view = fitView(boundsOf(units.map((u) => u.shape))!);
  const result = simplifyUnits(units, SIMPLIFY_AREA_PX / view.k ** 2);

  it("keeps every village: 260 in, 260 out, each with a valid ring", () => {
    expect(units).toHaveLength(260);
    expect(result.shapes.size).toBe(260);
    for (const u of units) {
      const shape = result.shapes.get(u.code)!;
      expect(shape.length, u.code).toBeGreaterThan(0);
      expect(shape.some((polygon) => isValidRing(polygon[0]!)), u.code).toBe(true);
    }
  });

  it("still keeps every village when simplified far harder", () => {
    const harsh = simplifyUnits(units, (400 * SIMPLIFY_AREA_PX) / view.k ** 2);
    expect([...harsh.shapes.values()].filter((s) => s.some((p) => p[0]!.length >= 4))).toHaveLength(260);
  });

  it("sends far fewer points than the source", () => {
    const before = units.reduce((n, u) => n + pointsIn(u.shape), 0);
    const after = [...result.shapes.values()].reduce((n, s) => n + pointsIn(s), 0);
    expect(after).toBeLessThan(before / 2);
  });

  it("returns the borders between districts as lines", () => {
    expect(result.groupBorders.length).toBeGreaterThan(10);
  });
});

describe("dropSmallRings", () => {
  const square = (x: number, size: number): [number, number][] => [[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
  it("drops islets under the threshold but never the largest polygon", () => {
    const shape = [[square(0, 1)], [square(5, 10)]];
    expect(dropSmallRings(shape, 50)).toEqual([[square(5, 10)]]);
    expect(dropSmallRings([[square(0, 1)]], 50)).toEqual([[square(0, 1)]]);
  });
  it("drops degenerate rings", () => {
    expect(dropSmallRings([[[[0, 0], [1, 1], [0, 0]]]], 0)).toEqual([]);
    expect(ringArea(square(0, 2))).toBe(4);
  });
});

describe("buildGeometry", () => {
  it("draws units without a polygon as points at their centroid", () => {
    const g = buildGeometry(
      [
        { code: "a", group: "x", geometry: villages.features[0]!.geometry, centroid: null },
        { code: "b", group: "x", geometry: null, centroid: villages.features[1]!.properties.centroid },
        { code: "c", group: "x", geometry: null, centroid: null },
      ],
      [],
    );
    expect(Object.keys(g.shapes)).toEqual(["a"]);
    expect(Object.keys(g.points)).toEqual(["b"]);
    const [x, y] = g.points.b!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(g.view.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(g.view.height);
    // the sprite holds the polygon, unstyled, for <use href="…#pa">
    expect(spriteSvg(g)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 800 \d+"><defs><path id="pa" d="M[^"]+"\/><\/defs><\/svg>$/);
  });
});
