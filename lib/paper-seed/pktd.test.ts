import { describe, expect, it } from "vitest";
import { CLUSTER_COLUMNS, paperClusterRows, paperPktdRows, PKTD_COLUMNS } from "./index";

const pktd = paperPktdRows();
const n = (row: Record<string, string>, column: string) => Number(row[column]);

describe("paper PKTD records (illustrative)", () => {
  it("has both villages for 2018 and 2019 with every column", () => {
    expect(pktd.map((r) => `${r.village_code}/${r.year}`).sort()).toEqual([
      "18.01.16.2004/2018",
      "18.01.16.2004/2019",
      "18.01.16.2016/2018",
      "18.01.16.2016/2019",
    ]);
    for (const r of pktd) expect(Object.keys(r)).toEqual([...PKTD_COLUMNS]);
  });

  it("keeps women within totals and rupiah as plain integers in plausible ranges", () => {
    for (const r of pktd) {
      expect(n(r, "workers_women")).toBeLessThanOrEqual(n(r, "workers_total"));
      expect(n(r, "hok_women")).toBeLessThanOrEqual(n(r, "hok_total"));
      for (const c of ["dana_desa_total", "pktd_budget", "physical_work_value", "wages_paid"]) {
        expect(r[c]).toMatch(/^\d+$/);
      }
      expect(n(r, "dana_desa_total")).toBeGreaterThanOrEqual(800_000_000);
      expect(n(r, "dana_desa_total")).toBeLessThanOrEqual(1_200_000_000);
      expect(n(r, "wages_paid")).toBeLessThanOrEqual(n(r, "physical_work_value"));
      expect(n(r, "physical_work_value")).toBeLessThanOrEqual(n(r, "pktd_budget"));
      expect(n(r, "pktd_budget")).toBeLessThanOrEqual(n(r, "dana_desa_total"));
      expect(n(r, "activity_count")).toBeLessThanOrEqual(5);
    }
  });

  it("has a village and year that fails the wage-share and self-management rules", () => {
    const share = (r: Record<string, string>) => n(r, "wages_paid") / n(r, "physical_work_value");
    const failing = pktd.filter((r) => share(r) < 0.3 || r.contracted_out === "yes");
    expect(failing.map((r) => `${r.village_code}/${r.year}`)).toEqual([
      "18.01.16.2016/2018",
      "18.01.16.2016/2019",
    ]);
    expect(pktd.filter((r) => r.village_code === "18.01.16.2004").every((r) => share(r) >= 0.3)).toBe(true);
  });
});

describe("paper clusters", () => {
  it("has the two sentra with every column", () => {
    const rows = paperClusterRows();
    expect(rows.map((r) => r.cluster_code)).toEqual(["CANTI-KERIPIK", "WMT-BAKSO"]);
    for (const r of rows) expect(Object.keys(r)).toEqual([...CLUSTER_COLUMNS]);
  });
});
