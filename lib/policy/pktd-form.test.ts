import { describe, expect, it } from "vitest";
import { issuesByField } from "@/lib/form-data";
import { RUBRIC_V1 } from "@/lib/scoring/rubric-v1";
import { checkPktd } from "@/lib/scoring/policy-support";
import { activityFormSchema, parseRupiah } from "./activity-form";
import { partialRecord, pktdFormSchema } from "./pktd-form";

// A complete, valid form as the browser sends it: every value a string, written the Indonesian way.
const FORM: Record<string, string> = {
  village_code: "18.01.16.2004",
  year: "2020",
  dana_desa_total: "Rp 1.250.000.000",
  pktd_budget: "400.000.000",
  physical_work_value: "300.000.000",
  wages_paid: "60.000.000",
  hok_total: "1.200",
  hok_women: "300,5",
  workers_total: "40",
  workers_women: "12",
  payment_frequency: "weekly",
  contracted_out: "no",
  heavy_equipment: "no",
  during_harvest: "no",
  local_material_share: "75",
  activity_count: "3",
  hi_beneficiaries: "8",
  hi_assets: "Lantai jemur keripik",
  expectedVersion: "0",
};

const errorsOf = (form: Record<string, string>) => {
  const r = pktdFormSchema.safeParse(form);
  return r.success ? {} : issuesByField(r.error.issues);
};

describe("PKTD form: rupiah and every field", () => {
  it("reads a valid form into the record the importer would produce", () => {
    const r = pktdFormSchema.parse(FORM);
    expect(r.expectedVersion).toBe(0);
    expect(r.record).toMatchObject({
      village_code: "18.01.16.2004",
      year: 2020,
      dana_desa_total: 1_250_000_000,
      pktd_budget: 400_000_000,
      wages_paid: 60_000_000,
      hok_total: 1200,
      hok_women: 300.5,
      payment_frequency: "weekly",
      hi_assets: "Lantai jemur keripik",
    });
  });

  it("blank optional fields are unknown (null), never zero", () => {
    const r = pktdFormSchema.parse({ ...FORM, hok_total: "", hok_women: " ", hi_beneficiaries: "", hi_assets: "" });
    expect(r.record).toMatchObject({ hok_total: null, hok_women: null, hi_beneficiaries: null, hi_assets: null });
  });

  it.each([
    { field: "dana_desa_total", value: "", key: "required" },
    { field: "dana_desa_total", value: "satu juta", key: "pktd.dana_desa_total" },
    { field: "pktd_budget", value: "-5.000", key: "pktd.pktd_budget" },
    { field: "wages_paid", value: "1.250.000,50", key: "pktd.wages_paid" }, // rupiah are whole
    { field: "physical_work_value", value: "12abc", key: "pktd.physical_work_value" },
    { field: "year", value: "2014", key: "pktd.year" },
    { field: "year", value: "2020,5", key: "pktd.year" },
    { field: "village_code", value: "18.01", key: "pktd.village_code" },
    { field: "workers_total", value: "", key: "required" },
    { field: "workers_women", value: "41", key: "pktd.women_above_total" },
    { field: "hok_women", value: "1.500", key: "pktd.women_above_total" },
    { field: "payment_frequency", value: "yearly", key: "pktd.payment_frequency" },
    { field: "contracted_out", value: "", key: "required" },
    { field: "local_material_share", value: "120", key: "pktd.local_material_share" },
    { field: "activity_count", value: "2,5", key: "pktd.activity_count" },
    { field: "hi_assets", value: "=HYPERLINK(1)", key: "formula_start" },
    { field: "hi_assets", value: "x".repeat(501), key: "pktd.hi_assets" },
  ])("$field = '$value' → $key", ({ field, value, key }) => {
    expect(errorsOf({ ...FORM, [field]: value })).toEqual({ [field]: key });
  });

  it.each([
    { text: "Rp 1.250.000", want: 1_250_000 },
    { text: "Rp. 50.000,-", want: 50_000 },
    { text: "1250000", want: 1_250_000 },
    { text: "0", want: 0 },
    { text: "12,5", want: null },
    { text: "-1", want: null },
    { text: "", want: null },
    { text: "Rp", want: null },
  ])("rupiah '$text' → $want", ({ text, want }) => {
    expect(parseRupiah(text)).toBe(want);
  });
});

describe("the live rule checks read the half-filled form with the scoring's own function", () => {
  it("wages at 20 % of the physical work fail R1; unknown until both amounts are there", () => {
    const twenty = checkPktd(RUBRIC_V1, partialRecord({ ...FORM, year: "2019", wages_paid: "60.000.000", physical_work_value: "300.000.000" }));
    expect(twenty.rules.R1).toBe("fail");
    expect(twenty.wageShare).toBeCloseTo(0.2, 9);
    const half = checkPktd(RUBRIC_V1, partialRecord({ ...FORM, year: "2019", wages_paid: "" }));
    expect(half.rules.R1).toBe("unknown");
    expect(half.rules.R2).toBe("pass");
  });
});

describe("programme activity form", () => {
  const ACTIVITY = { clusterId: "3", kind: "training", date: "2019-08-17", budget: "Rp 15.000.000", provider: "DPPPA Lampung Selatan" };
  it("accepts a complete activity", () => {
    expect(activityFormSchema.parse(ACTIVITY)).toEqual({ clusterId: 3, kind: "training", date: "2019-08-17", budget: 15_000_000, provider: "DPPPA Lampung Selatan" });
  });
  it.each([
    { field: "kind", value: "grant", key: "activity.kind" },
    { field: "date", value: "2019-02-30", key: "activity.date" },
    { field: "date", value: "17/08/2019", key: "activity.date" },
    { field: "budget", value: "15 juta", key: "activity.budget" },
    { field: "budget", value: "-100", key: "activity.budget" },
    { field: "provider", value: "  ", key: "activity.provider" },
    { field: "provider", value: "@provider", key: "formula_start" },
    { field: "clusterId", value: "x", key: "activity.cluster" },
  ])("$field = '$value' → $key", ({ field, value, key }) => {
    const r = activityFormSchema.safeParse({ ...ACTIVITY, [field]: value });
    expect(r.success).toBe(false);
    expect(issuesByField(r.success ? [] : r.error.issues)).toEqual({ [field]: key });
  });
});
