import { describe, expect, it } from "vitest";
import { levelKind, mapHref, parseMapParams, unitLevelFor } from "./params";
import { tilesFor } from "./tiles";
import { fitView, toWorld } from "./project";

describe("map URL parameters", () => {
  it("reads and defaults the parameters", () => {
    const p = parseMapParams({ level: "18.01", by: "readiness", breaks: "equal", view: "table", round: "IR-LAMSEL-2019" });
    expect(p).toMatchObject({ level: "18.01", by: "readiness", breaks: "equal", view: "table", unit: "village", invalidLevel: false });
    expect(parseMapParams({})).toMatchObject({ level: null, by: "stratum", breaks: null, view: "map", invalidLevel: false });
    expect(parseMapParams({ level: "18.01.16.2004" }).invalidLevel).toBe(true);
    expect(parseMapParams({ level: "x" }).invalidLevel).toBe(true);
  });

  it("picks the units of each level", () => {
    expect([null, "18", "18.01", "18.01.16"].map(levelKind)).toEqual(["national", "province", "regency", "district"]);
    expect(unitLevelFor(null, "village")).toBe("regency");
    expect(unitLevelFor("18", "village")).toBe("regency");
    expect(unitLevelFor("18.01", "village")).toBe("village");
    expect(unitLevelFor("18.01", "district")).toBe("district");
    expect(unitLevelFor("18.01.16", "district")).toBe("village");
  });

  it("writes short links without the defaults", () => {
    const p = parseMapParams({ level: "18.01", round: "R1" });
    expect(mapHref(p)).toBe("/map?level=18.01&round=R1");
    expect(mapHref(p, { level: "18.01.16", view: "table", by: "readiness" })).toBe("/map?level=18.01.16&round=R1&by=readiness&view=table");
    expect(mapHref(parseMapParams({}))).toBe("/map");
  });
});

describe("tilesFor", () => {
  it("covers the view with a few ~256 px tiles in Web Mercator", () => {
    const view = fitView([toWorld(105.2, -5.3), toWorld(106, -6)].map(([x, y]) => [x, y]) as [[number, number], [number, number]]);
    const tiles = tilesFor(view, "https://tiles.example/{z}/{x}/{y}.png");
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(24);
    expect(tiles[0]!.href).toMatch(/^https:\/\/tiles\.example\/\d+\/\d+\/\d+\.png$/);
    for (const t of tiles) {
      expect(t.x).toBeLessThan(view.width);
      expect(t.y).toBeLessThan(view.height);
      expect(t.x + t.size).toBeGreaterThan(0);
    }
  });
});
