import { describe, expect, it } from "vitest";
import { checkPktd, pktdYearOf, policySupport } from "./policy-support";
import { RUBRIC_V1 } from "./rubric";

const RECORD = {
  village_code: "18.01.16.2004", year: 2019, physical_work_value: 1000, wages_paid: 300, workers_total: 40, workers_women: 10,
  hok_total: 200, hok_women: 50, payment_frequency: "weekly", contracted_out: "no", heavy_equipment: "no", during_harvest: "no",
  local_material_share: 80, hi_beneficiaries: 12,
};

describe("checkPktd", () => {
  it("passes every rule of a good record and shows the shares", () => {
    expect(checkPktd(RUBRIC_V1, RECORD)).toEqual({
      villageCode: "18.01.16.2004", year: 2019, rules: { R1: "pass", R2: "pass", R3: "pass", R4: "pass", R5: "pass" }, passed: 5,
      wageShare: 0.3, wageShareMin: 0.3, womenWorkerShare: 0.25, womenHokShare: 0.25, localMaterialShare: 0.8, hiBeneficiaries: 12,
    });
  });

  it.each([
    [2019, 300, "pass", 0.3], [2019, 299, "fail", 0.3],
    [2020, 499, "fail", 0.5], [2020, 500, "pass", 0.5],
    [2021, 499, "fail", 0.5], [2021, 500, "pass", 0.5],
    [2022, 300, "pass", 0.3],
  ])("R1 in %i with wages %i of 1000 → %s (minimum %d)", (year, wages, result, min) => {
    const c = checkPktd(RUBRIC_V1, { ...RECORD, year, wages_paid: wages });
    expect(c.rules.R1).toBe(result);
    expect(c.wageShareMin).toBe(min);
  });

  it.each([["daily", "pass"], ["weekly", "pass"], ["monthly", "fail"], ["lump_sum", "fail"], [null, "unknown"]])("R2 payment %s → %s", (f, result) => {
    expect(checkPktd(RUBRIC_V1, { ...RECORD, payment_frequency: f }).rules.R2).toBe(result);
  });

  it.each([
    ["R3", "contracted_out"], ["R4", "heavy_equipment"], ["R5", "during_harvest"],
  ] as const)("%s fails on %s = yes, unknown when blank", (rule, field) => {
    expect(checkPktd(RUBRIC_V1, { ...RECORD, [field]: "yes" }).rules[rule]).toBe("fail");
    expect(checkPktd(RUBRIC_V1, { ...RECORD, [field]: null }).rules[rule]).toBe("unknown");
  });

  it("R1 is unknown without wages or physical work value; unknown rules are not passed", () => {
    const c = checkPktd(RUBRIC_V1, { ...RECORD, wages_paid: null, physical_work_value: 0, contracted_out: null, hok_total: null, local_material_share: null });
    expect(c.rules.R1).toBe("unknown");
    expect(c.wageShare).toBeNull();
    expect(c.passed).toBe(3);
    expect(c.womenHokShare).toBeNull();
    expect(c.localMaterialShare).toBeNull();
  });
});

describe("policySupport", () => {
  const supported = { hi_program_support: ["training"] };
  const none = { hi_program_support: [] };
  const unknown = { hi_program_support: null };

  it("50 × programme share + 25 × rules passed/5 + 25 × [beneficiaries > 0]", () => {
    const p = policySupport(RUBRIC_V1, [supported, supported, supported, none, unknown], [RECORD], ["18.01.16.2004"], 2019);
    expect(p.programmeShare).toBe(0.75);
    expect(p.programmeN).toBe(4);
    expect(p.rulesPart).toBe(25);
    expect(p.beneficiariesPart).toBe(25);
    expect(p.index).toBe(87.5);
    expect(p.noPktdRecord).toBe(false);
    expect(p.noPktdReason).toBeNull();
    expect(p.checks).toHaveLength(1);
  });

  it("uses the record of the round's year only; without one those parts count 0 and the unit is flagged", () => {
    const p = policySupport(RUBRIC_V1, [supported, none], [RECORD], ["18.01.16.2004"], 2020);
    expect(p).toMatchObject({ index: 25, rulesPart: 0, beneficiariesPart: 0, noPktdRecord: true, noPktdReason: "no_record", checks: [], villagesWithoutRecord: ["18.01.16.2004"] });
  });

  it("a round without a fieldwork end date has no PKTD year: no record counts and the flag says why", () => {
    // a record of year 0 must never match a round whose year was unknown
    const p = policySupport(RUBRIC_V1, [supported, none], [RECORD, { ...RECORD, year: 0 }], ["18.01.16.2004"], null);
    expect(p).toMatchObject({ index: 25, year: null, noPktdRecord: true, noPktdReason: "no_year", checks: [] });
  });

  it.each([
    ["2019-06-30", 2019],
    [null, null],
    [undefined, null],
    ["", null],
  ])("the PKTD year of a round ending %s is %s", (periodEnd, year) => {
    expect(pktdYearOf(periodEnd)).toBe(year);
  });

  it("takes the mean over the unit's villages", () => {
    const other = { ...RECORD, village_code: "18.01.16.2016", payment_frequency: "monthly", contracted_out: "yes", hi_beneficiaries: 0 };
    const p = policySupport(RUBRIC_V1, [none], [RECORD, other], ["18.01.16.2004", "18.01.16.2016", "18.01.16.2009"], 2019);
    expect(p.rulesPart).toBeCloseTo((25 * (1 + 3 / 5 + 0)) / 3, 12);
    expect(p.beneficiariesPart).toBeCloseTo(25 / 3, 12);
    expect(p.index).toBeCloseTo(p.rulesPart + p.beneficiariesPart, 12);
    expect(p.noPktdRecord).toBe(true);
  });

  it("counts hi_beneficiaries only when above 0, and a programme share of nobody answering as 0", () => {
    const p = policySupport(RUBRIC_V1, [unknown], [{ ...RECORD, hi_beneficiaries: null }], ["18.01.16.2004"], 2019);
    expect(p.programmeShare).toBeNull();
    expect(p.index).toBe(25);
  });
});
