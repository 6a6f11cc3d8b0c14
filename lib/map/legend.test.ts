import { describe, expect, it } from "vitest";
import { classifyPlaces } from "./legend";
import { defaultBreaks, type SnapshotLike } from "./metrics";

const snap = (n: number, stratum: string | null, readiness: number | null, ir = { IR1: 0, IR2: 0, IR3: 0, unclassified: 0 }): SnapshotLike => ({
  n,
  stratum,
  readiness,
  socialCapital: null,
  policySupport: null,
  result: { score: { ir, variables: { connectivity: readiness }, indicators: { cooperation: 2 } } },
});

const codes = ["a", "b", "c", "d"];
const snapshots = new Map([
  ["a", snap(50, "rintisan", 2.05)],
  ["b", snap(51, "rintisan", 2.1, { IR1: 1, IR2: 1, IR3: 2, unclassified: 4 })],
  ["c", snap(0, null, null)],
]);

describe("classifyPlaces", () => {
  it("colours by stratum and counts each class, no data last (with or without a snapshot)", () => {
    const r = classifyPlaces(codes, snapshots, { key: "stratum", kind: "stratum" }, "quantile");
    expect(r.places.get("a")).toMatchObject({ key: "rintisan", fill: "#009E73", n: 50 });
    expect(r.places.get("c")!.key).toBe("nodata");
    expect(r.places.get("d")!.key).toBe("nodata");
    expect(r.legend.map((l) => [l.key, l.count])).toEqual([
      ["sentra", 0],
      ["rintisan", 2],
      ["matang", 0],
      ["nodata", 2],
    ]);
  });

  it("classes numeric values with the real range of each class", () => {
    const r = classifyPlaces(codes, snapshots, { key: "readiness", kind: "readiness" }, "equal");
    expect(r.legend.map((l) => l.key)).toEqual(["c0", "c1", "nodata"]);
    expect(r.legend[0]).toMatchObject({ count: 1, min: 2.05, max: 2.05 });
    expect(r.places.get("b")!.key).toBe("c1");
    expect(r.places.get("d")!.fill).toBe("#D9D9D9");
  });

  it("computes the IR 3 share of classified home industries and reads indicators", () => {
    const share = classifyPlaces(codes, snapshots, { key: "ir3_share", kind: "share" }, "quantile");
    expect(share.places.get("b")!.value).toBe(0.5);
    expect(share.places.get("a")!.key).toBe("nodata"); // nobody classified
    const indicator = classifyPlaces(codes, snapshots, { key: "cooperation", kind: "indicator" }, "quantile");
    expect(indicator.places.get("a")!.value).toBe(2);
    expect(indicator.legend.find((l) => l.key === "nodata")!.count).toBe(2);
  });

  it("level scores default to the fixed 1-3 scale: 1.17 and 1.21 share a class instead of opposite ends", () => {
    const close = new Map([
      ["a", snap(5, "sentra", 1.17)],
      ["b", snap(5, "sentra", 1.21)],
    ]);
    const metric = { key: "readiness", kind: "readiness" } as const;
    expect(defaultBreaks(metric)).toBe("fixed");
    const r = classifyPlaces(["a", "b"], close, metric, defaultBreaks(metric));
    expect(r.breaks).toEqual([1, 1.4, 1.8, 2.2, 2.6, 3]);
    expect(r.places.get("a")!.key).toBe(r.places.get("b")!.key);
    expect(r.legend.map((l) => [l.key, l.count, l.from, l.to])).toEqual([
      ["c0", 2, 1, 1.4],
      ["c1", 0, 1.4, 1.8],
      ["c2", 0, 1.8, 2.2],
      ["c3", 0, 2.2, 2.6],
      ["c4", 0, 2.6, 3],
      ["nodata", 0, undefined, undefined],
    ]);
    // quantile breaks are still selectable, and spread the two apart
    const q = classifyPlaces(["a", "b"], close, metric, "quantile");
    expect(q.places.get("a")!.key).not.toBe(q.places.get("b")!.key);
  });

  it("indices and shares keep quantile breaks by default", () => {
    expect(defaultBreaks({ key: "social_capital", kind: "index" })).toBe("quantile");
    expect(defaultBreaks({ key: "ir3_share", kind: "share" })).toBe("quantile");
  });
});
