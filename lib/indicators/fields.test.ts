import { describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { groupByVariable, INDICATOR_FIELDS, indicatorField, VARIABLE_ORDER } from "./fields";

describe("indicator fields", () => {
  it("are every code and multi field of the respondents instrument, plus the IR class", () => {
    const categorical = RESPONDENT_FIELDS.filter((f) => f.type === "code" || f.type === "multi").map((f) => f.name);
    expect(INDICATOR_FIELDS.map((f) => f.name).sort()).toEqual([...categorical, "ir_class"].sort());
    expect(INDICATOR_FIELDS.filter((f) => f.multi).map((f) => f.name)).toEqual(["supporting_institutions", "hi_program_support"]);
  });

  it("group by variable in the paper's order, the respondent profile last", () => {
    const groups = groupByVariable();
    expect(groups.map((g) => g.variable)).toEqual([...VARIABLE_ORDER]);
    const names = Object.fromEntries(groups.map((g) => [g.variable, g.fields.map((f) => f.name)]));
    expect(names.kelembagaan).toEqual(["cluster_initiator", "institution_form", "institution_support"]);
    expect(names.aktivitas).toEqual([
      "business_permit", "permit_type", "business_age", "production_pattern", "place_status", "business_category",
      "ir_class", "sales_channel", "marketing_zone", "payment_method",
    ]);
    expect(names.kinerja).toEqual(["value_added", "profit_trend", "market_orientation"]);
    expect(names.konektivitas).toEqual(["business_connection", "cooperation", "specialization", "supporting_institutions"]);
    expect(names.modal_sosial).toEqual(["group_member", "savings_group", "meeting_attendance"]);
    expect(names.kebijakan).toEqual(["pktd_worker", "hi_program_support"]);
    expect(names.profil).toEqual(["gender", "education", "hi_role", "former_migrant_worker"]);
    expect(groups.find((g) => g.variable === "konektivitas")?.label).toEqual({ id: "Konektivitas", en: "Connectivity" });
  });

  it("every field lands in exactly one group", () => {
    expect(groupByVariable().flatMap((g) => g.fields)).toHaveLength(INDICATOR_FIELDS.length);
  });

  it("the IR class is Table 11 with bilingual class names", () => {
    const ir = indicatorField("ir_class");
    expect(ir?.paperTable).toBe(11);
    expect(ir?.codes.slice(0, 3).map((c) => c.label.id)).toEqual(["IR Pemula", "IR Berkembang", "IR Maju"]);
    expect(indicatorField("age")).toBeUndefined();
  });
});
