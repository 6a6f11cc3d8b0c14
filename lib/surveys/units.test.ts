import { describe, expect, it } from "vitest";
import { groupUnits } from "./units";

const row = (villageCode: string, clusterCode: string | null) => ({ answers: {}, villageCode, clusterCode, rowHash: "h" });

describe("groupUnits", () => {
  it("makes clusters, villages, districts and regencies from the respondents", () => {
    const units = groupUnits(
      [row("18.01.16.2004", "CANTI"), row("18.01.16.2004", "CANTI"), row("18.01.16.2016", "WMT"), row("18.01.16.2016", null)],
      new Map([["CANTI", "18.01.16.2004"]]),
    );
    expect(units.map((u) => [u.type, u.code, u.regionCode, u.rows.length, u.villages.length])).toEqual([
      ["cluster", "CANTI", "18.01.16.2004", 2, 1],
      ["cluster", "WMT", "18.01.16.2016", 1, 1],
      ["village", "18.01.16.2004", "18.01.16.2004", 2, 1],
      ["village", "18.01.16.2016", "18.01.16.2016", 2, 1],
      ["district", "18.01.16", "18.01.16", 4, 2],
      ["regency", "18.01", "18.01", 4, 2],
    ]);
  });
});
