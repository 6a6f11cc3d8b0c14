import { describe, expect, it } from "vitest";
import { PAPER_ROUND, paperClusterRows, paperRespondentRows, RESPONDENT_COLUMNS } from "./index";

// A local copy of instrument.md section 1 codes (the instrument module is written elsewhere).
const YES_NO = ["yes", "no"];
const LIKERT = ["1", "2", "3", "4", "5"];
const IR_ITEM = ["0", "1", "2", "3"];
const SINGLE: Record<string, string[]> = {
  village_code: ["18.01.16.2004", "18.01.16.2016"],
  cluster_code: ["CANTI-KERIPIK", "WMT-BAKSO"],
  gender: ["female", "male"],
  education: ["none", "primary", "junior_secondary", "senior_secondary", "diploma", "bachelor_plus"],
  hi_role: ["owner", "worker", "family_worker"],
  former_migrant_worker: YES_NO,
  cluster_initiator: ["government", "private", "community", "self"],
  institution_form: ["natural", "association", "forum", "cooperative"],
  institution_support: ["none", "little", "supportive"],
  business_permit: YES_NO,
  permit_type: ["none", "sku", "nib_iumk", "pirt", "halal"],
  business_age: ["lt1", "1to2", "gt2"],
  production_pattern: ["discontinuous", "semi_continuous", "continuous"],
  place_status: ["own", "rent", "shared", "other"],
  business_category: ["food", "craft", "tailoring", "agriculture", "fishery", "livestock", "other"],
  ir_continuity: IR_ITEM,
  ir_capital: IR_ITEM,
  ir_legality: IR_ITEM,
  ir_market: IR_ITEM,
  ir_labour: IR_ITEM,
  ir_management: IR_ITEM,
  sales_channel: ["direct", "traveling_trader", "consignment", "regular_customer"],
  marketing_zone: [
    "village",
    "outside_village",
    "outside_district",
    "outside_regency",
    "outside_province",
  ],
  payment_method: ["cash", "non_cash"],
  value_added: ["lt25", "25to50", "50to75", "gt75"],
  profit_trend: ["decreased", "stable", "increased"],
  market_orientation: ["local", "out_of_town", "national", "export"],
  business_connection: ["producer_only", "supplier_core", "full_chain"],
  cooperation: YES_NO,
  specialization: YES_NO,
  sc_trust_1: LIKERT,
  sc_trust_2: LIKERT,
  sc_reciprocity_1: LIKERT,
  sc_reciprocity_2: LIKERT,
  sc_norms_1: LIKERT,
  sc_norms_2: LIKERT,
  sc_networks_1: LIKERT,
  sc_networks_2: LIKERT,
  group_member: YES_NO,
  savings_group: YES_NO,
  meeting_attendance: ["never", "sometimes", "monthly", "weekly"],
  pktd_worker: YES_NO,
};
const MULTI: Record<string, string[]> = {
  supporting_institutions: ["government", "college", "bank", "business"],
  hi_program_support: [
    "training",
    "equipment",
    "mentoring",
    "capital",
    "marketing",
    "permit_facilitation",
  ],
};
const REQUIRED = [
  "respondent_id", "village_code", "gender", "cluster_initiator", "institution_form",
  "institution_support", "business_permit", "business_age", "production_pattern",
  "place_status", "business_category", "ir_continuity", "ir_capital", "ir_legality",
  "ir_market", "ir_labour", "ir_management", "sales_channel", "marketing_zone",
  "payment_method", "value_added", "profit_trend", "market_orientation",
  "business_connection", "cooperation", "specialization",
];

const rows = paperRespondentRows();

describe("paper respondents use only instrument codes", () => {
  it("has every instrument column as a key, and nothing else", () => {
    for (const row of rows) expect(Object.keys(row)).toEqual([...RESPONDENT_COLUMNS]);
  });

  it("fills every required column and uses only allowed codes", () => {
    for (const row of rows) {
      for (const column of REQUIRED) expect([column, row[column]]).not.toEqual([column, ""]);
      for (const [column, allowed] of Object.entries(SINGLE)) {
        const value = row[column] ?? "";
        if (value !== "") expect([column, allowed.includes(value)]).toEqual([column, true]);
      }
      for (const [column, allowed] of Object.entries(MULTI)) {
        const codes = (row[column] ?? "").split(" ").filter(Boolean);
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) expect([column, allowed.includes(code)]).toEqual([column, true]);
      }
      expect(row.respondent_id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    }
  });

  it("leaves unpublished fields blank; product from the cluster; permit_type none without permit", () => {
    const products = new Map(paperClusterRows().map((c) => [c.cluster_code, c.product]));
    for (const row of rows) {
      for (const column of ["age", "education", "hi_role", "former_migrant_worker"]) {
        expect(row[column]).toBe("");
      }
      expect(row.product).toBe(products.get(row.cluster_code ?? ""));
      expect(row.permit_type).toBe(row.business_permit === "yes" ? "" : "none");
    }
  });

  it("splits 56 Canti / 45 Wai Muli Timur, each cluster in its own village", () => {
    const clusters = new Map(paperClusterRows().map((c) => [c.cluster_code, c.village_code]));
    const count = (code: string) => rows.filter((r) => r.cluster_code === code).length;
    expect(count("CANTI-KERIPIK")).toBe(56);
    expect(count("WMT-BAKSO")).toBe(45);
    for (const row of rows) expect(row.village_code).toBe(clusters.get(row.cluster_code ?? ""));
  });

  it("is deterministic", () => {
    expect(paperRespondentRows()).toEqual(rows);
  });

  it("lists every respondent column once in the provenance", () => {
    const { reconstructedFields, illustrativeFields } = PAPER_ROUND.provenance;
    for (const field of [...reconstructedFields, ...illustrativeFields]) {
      expect(RESPONDENT_COLUMNS).toContain(field);
    }
    expect(reconstructedFields.filter((f) => illustrativeFields.includes(f))).toEqual([]);
    expect(PAPER_ROUND.provenance.tables.map((t) => t.no)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
  });
});
