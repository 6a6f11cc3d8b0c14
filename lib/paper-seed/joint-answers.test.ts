import { describe, expect, it } from "vitest";
import { paperPktdRows, paperRespondentRows } from "./index";

const rows = paperRespondentRows();
const IR_ITEMS = ["ir_continuity", "ir_capital", "ir_legality", "ir_market", "ir_labour", "ir_management"];
const irTotal = (r: Record<string, string>) => IR_ITEMS.reduce((s, i) => s + Number(r[i]), 0);
const where = (field: string, value: string) => rows.filter((r) => r[field] === value);

describe("joint answers make sense", () => {
  it("permit holders are IR3, older than two years, continuous, with legality 3", () => {
    const holders = where("business_permit", "yes");
    expect(holders).toHaveLength(5);
    for (const r of holders) {
      expect(irTotal(r)).toBeGreaterThanOrEqual(13);
      expect([r.business_age, r.production_pattern, r.ir_legality]).toEqual(["gt2", "continuous", "3"]);
    }
    const maxWithout = Math.max(...where("business_permit", "no").map((r) => Number(r.ir_legality)));
    expect(maxWithout).toBeLessThan(3);
  });

  it("the outside-province seller is the out-of-town orientation, a mature IR3 business", () => {
    const [seller] = where("marketing_zone", "outside_province");
    expect(seller?.respondent_id).toBe(where("market_orientation", "out_of_town")[0]?.respondent_id);
    expect(seller && irTotal(seller)).toBeGreaterThanOrEqual(13);
    expect(seller?.business_permit).toBe("yes");
  });

  it("ir_market follows marketing_zone; businesses under a year have lower continuity", () => {
    const market: Record<string, string> = {
      village: "1",
      outside_village: "2",
      outside_district: "3",
      outside_province: "3",
    };
    for (const r of rows) expect(r.ir_market).toBe(market[r.marketing_zone ?? ""]);
    const maxNew = Math.max(...where("business_age", "lt1").map((r) => Number(r.ir_continuity)));
    const minOld = Math.min(...where("business_age", "gt2").map((r) => Number(r.ir_continuity)));
    expect(maxNew).toBeLessThan(minOld);
  });

  it("no-cooperation respondents are natural-sentra newcomers; little support among them", () => {
    for (const r of where("cooperation", "no")) {
      expect([r.institution_form, r.business_age]).toEqual(["natural", "lt1"]);
    }
    for (const r of where("institution_support", "little")) expect(r.cooperation).toBe("no");
  });

  it("business among supporting institutions goes with private initiators or the top producer", () => {
    const withBusiness = rows.filter((r) => r.supporting_institutions?.includes("business"));
    expect(withBusiness.filter((r) => r.cluster_initiator !== "private")).toHaveLength(1);
  });

  it("both clusters get a mix of IR classes and sales channels", () => {
    for (const code of ["CANTI-KERIPIK", "WMT-BAKSO"]) {
      const members = where("cluster_code", code);
      const classes = new Set(members.map((r) => (irTotal(r) <= 6 ? 1 : irTotal(r) <= 12 ? 2 : 3)));
      expect([...classes].sort()).toEqual([1, 2, 3]);
      expect(new Set(members.map((r) => r.sales_channel)).size).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("illustrative fields", () => {
  const element = (r: Record<string, string>, name: string) =>
    r[`sc_${name}_1`] !== "" || r[`sc_${name}_2`] !== "";
  const elements = (r: Record<string, string>) =>
    ["trust", "reciprocity", "norms", "networks"].filter((e) => element(r, e)).length;

  it("some respondents lack an element, a few too many for an index", () => {
    const counts = rows.map(elements);
    expect(counts.filter((n) => n === 4).length).toBeGreaterThan(90);
    expect(counts.filter((n) => n === 3).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n < 3).length).toBeGreaterThan(0);
  });

  it("PKTD workers per village fit within the women workers of the 2019 record", () => {
    const pktd = paperPktdRows().filter((p) => p.year === "2019");
    for (const record of pktd) {
      const workers = rows.filter((r) => r.village_code === record.village_code && r.pktd_worker === "yes");
      expect(workers.length).toBeLessThanOrEqual(Number(record.workers_women));
    }
  });
});
