import { describe, expect, it } from "vitest";
import { clusterSchema, pktdSchema } from "./record-schema";

const CLUSTER = {
  cluster_code: "KJ-KERIPIK", name: "Sentra Keripik Kunjir", village_code: "18.01.16.2009",
  product: null, year_established: 2015, legal_entity: "no",
};

describe("record schemas", () => {
  it("accept a valid record", () => {
    expect(clusterSchema.safeParse(CLUSTER).success).toBe(true);
  });

  it.each([
    ["a code outside the list", { legal_entity: "maybe" }],
    ["a year out of range", { year_established: 1900 }],
    ["a malformed village code", { village_code: "18.01.16" }],
    ["a formula as name", { name: "=1+1" }],
    ["a missing required value", { name: null }],
    ["an unknown property", { note: "x" }],
  ])("reject %s", (_, change) => {
    expect(clusterSchema.safeParse({ ...CLUSTER, ...change }).success).toBe(false);
  });

  it("require whole rupiah amounts", () => {
    const base = {
      village_code: "18.01.16.2004", year: 2019, dana_desa_total: 1, pktd_budget: 1, physical_work_value: 1, wages_paid: 1, hok_total: 12.5,
      hok_women: null, workers_total: 2, workers_women: 1, payment_frequency: "daily", contracted_out: "no", heavy_equipment: "no",
      during_harvest: "no", local_material_share: null, activity_count: null, hi_beneficiaries: null, hi_assets: null,
    };
    expect(pktdSchema.safeParse(base).success).toBe(true);
    expect(pktdSchema.safeParse({ ...base, wages_paid: 1.5 }).success).toBe(false);
  });
});
