import { describe, expect, it } from "vitest";
import { CompactPath, fitView, shapePath, toPx, toWorld, type Shape } from "./project";

/** Reads back a path written by CompactPath (M x y, then relative l steps, z). */
function parse(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.split("M").filter(Boolean)) {
    const [abs, rel = ""] = part.replace(/z$/, "").split("l");
    const nums = (s: string) => (s.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0, y0] = nums(abs!);
    const ring: [number, number][] = [[x0!, y0!]];
    const steps = nums(rel);
    for (let i = 0; i < steps.length; i += 2) {
      const [px, py] = ring[ring.length - 1]!;
      ring.push([Math.round((px + steps[i]!) * 10) / 10, Math.round((py + steps[i + 1]!) * 10) / 10]);
    }
    rings.push(ring);
  }
  return rings;
}

describe("toWorld", () => {
  it("is Web Mercator in [0, 1], y down, like XYZ tiles", () => {
    expect(toWorld(-180, 0)[0]).toBeCloseTo(0);
    expect(toWorld(0, 0)).toEqual([0.5, 0.5]);
    const [x, y] = toWorld(105.5, -5.7);
    expect(Math.floor(x * 2 ** 8)).toBe(203); // tile x of Lampung at zoom 8
    expect(Math.floor(y * 2 ** 8)).toBe(132);
    expect(toWorld(0, 10)[1]).toBeLessThan(0.5);
  });
});

describe("fitView", () => {
  it("fits the extent inside the padding and follows its aspect", () => {
    const v = fitView([[0.2, 0.3], [0.4, 0.5]]);
    expect(v.width).toBe(800);
    expect(v.height).toBe(800);
    const [x, y] = toPx(v, [0.2, 0.3]);
    expect(x).toBeCloseTo(12);
    expect(y).toBeCloseTo(12);
    expect(toPx(v, [0.4, 0.5])[0]).toBeCloseTo(788);
    expect(fitView([[0, 0], [1, 0.1]]).height).toBe(360);
    expect(fitView([[0, 0], [0.1, 1]]).height).toBe(900);
  });
});

describe("compact paths", () => {
  const v = fitView([[0, 0], [1, 1]]);
  const ring: [number, number][] = [[0, 0], [0.5, 0.004], [1, 0], [1, 1], [0.50001, 1.00001], [0.5, 1], [0, 1], [0, 0]];
  const shape: Shape = [[ring]];

  it("writes 0.1 px steps, relative, without needless separators or repeated commands", () => {
    const d = shapePath(v, shape);
    expect(d).toMatch(/^M12 12l/);
    expect(d).not.toMatch(/\d\.\d{2}/); // one decimal at most
    expect(d.match(/l/g)).toHaveLength(1);
    expect(d).not.toContain(" -");
    expect(d).toMatch(/z$/);
  });

  it("reads back to the projected points within 0.05 px, dropping steps that round to nothing", () => {
    const [back] = parse(shapePath(v, shape));
    const expected = ring.slice(0, -1).map((p) => toPx(v, p).map((c) => Math.round(c * 10) / 10));
    const distinct = expected.filter((p, i) => i === 0 || p.join() !== expected[i - 1]!.join());
    expect(back).toEqual(distinct);
  });

  it("is compact: under 8 characters per point on real-looking coordinates", () => {
    const wiggly: [number, number][] = Array.from({ length: 200 }, (_, i) => [0.5 + 0.3 * Math.cos(i / 32), 0.5 + 0.3 * Math.sin(i / 32) + (i % 3) * 1e-4]);
    const d = shapePath(v, [[[...wiggly, wiggly[0]!]]]);
    expect(d.length / 200).toBeLessThan(8);
  });

  it("separates numbers only where SVG needs it", () => {
    const c = new CompactPath();
    c.moveTo(1, 2);
    c.lineTo(1.5, 2.5);
    c.lineTo(1.7, 2);
    c.lineTo(3.7, 4);
    c.closePath();
    expect(c.result()).toBe("M1 2l.5.5.2-.5 2 2z");
  });
});
