import { describe, expect, it } from "vitest";
import { compareSnapshots } from "./compare-versions";

describe("compareSnapshots", () => {
  it("lists units that changed stratum first, with the readiness difference", () => {
    const rows = compareSnapshots(
      [
        { unitCode: "A", unitName: "A", readiness: 2.3, stratum: "rintisan" },
        { unitCode: "B", unitName: "B", readiness: 1.9, stratum: "rintisan" },
      ],
      [
        { unitCode: "A", unitName: "A", readiness: 2.4, stratum: "matang" },
        { unitCode: "B", unitName: "B", readiness: 1.95, stratum: "rintisan" },
      ],
    );
    expect(rows.map((r) => [r.code, r.moved, r.delta?.toFixed(2)])).toEqual([
      ["A", true, "0.10"],
      ["B", false, "0.05"],
    ]);
  });

  it("a unit scored under one version only counts as moved", () => {
    const rows = compareSnapshots([{ unitCode: "A", unitName: "A", readiness: 2, stratum: "rintisan" }], []);
    expect(rows[0]).toMatchObject({ moved: true, delta: null, b: { readiness: null, stratum: null } });
  });
});
