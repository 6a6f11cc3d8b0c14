import { describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { ANONYMISED_FIELDS, ageBand, anonymiseRespondents, districtOf, type SourceRespondent } from "./anonymise";
import { dataDictionary } from "./dictionary";

const person = (id: string, village: string, extra: Record<string, unknown> = {}): SourceRespondent => ({
  villageCode: village,
  answers: { respondent_id: id, village_code: village, cluster_code: "CANTI-KERIPIK", gender: "female", age: 34, product: "keripik pisang Bu Siti 0812", value_added: "gt75", supporting_institutions: ["college", "government"], ...extra },
});

function seeded(): () => string {
  let i = 0;
  return () => `r${String((i++ * 7919) % 10007).padStart(5, "0")}`;
}

describe("ageBand", () => {
  it.each([
    [15, "15-19"],
    [19, "15-19"],
    [20, "20-29"],
    [34, "30-39"],
    [99, "90-99"],
    [null, null],
    [undefined, null],
    ["34", null],
  ])("%s → %s", (age, band) => expect(ageBand(age)).toBe(band));
});

describe("districtOf", () => {
  it("drops the village part", () => expect(districtOf("18.01.16.2004")).toBe("18.01.16"));
});

describe("anonymiseRespondents", () => {
  const big = Array.from({ length: 6 }, (_, i) => person(`CANTI-${i}`, "18.01.16.2004"));
  const small = [person("WMT-1", "18.01.16.2016", { cluster_code: "WMT-BAKSO", age: 61 }), person("WMT-2", "18.01.16.2016", { cluster_code: "WMT-BAKSO", age: null })];
  const rows = anonymiseRespondents([...big, ...small], seeded());

  it("has exactly the anonymised columns: no respondent id, no village code, no age, no free text", () => {
    for (const r of rows) expect(Object.keys(r)).toEqual(ANONYMISED_FIELDS.map((f) => f.name));
    const names = ANONYMISED_FIELDS.map((f) => f.name);
    for (const dropped of ["respondent_id", "village_code", "age", "product"]) expect(names).not.toContain(dropped);
    expect(ANONYMISED_FIELDS.some((f) => f.type === "text")).toBe(false);
    const freeText = RESPONDENT_FIELDS.filter((f) => f.type === "text").map((f) => f.name);
    expect(freeText.length).toBeGreaterThan(0);
    for (const f of freeText) expect(names).not.toContain(f);
  });

  it("replaces ids by unique random ids that contain nothing of the original", () => {
    const ids = rows.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(8);
    for (const id of ids) expect(id).not.toMatch(/CANTI|WMT/);
    const text = JSON.stringify(rows);
    expect(text).not.toContain("CANTI-0");
    expect(text).not.toContain("Bu Siti");
  });

  it("orders rows by the new id, not by the original order", () => {
    const ids = rows.map((r) => r.id as string);
    expect(ids).toEqual([...ids].sort());
  });

  it("keeps villages with 5 or more respondents, generalises smaller ones to their district and drops their cluster", () => {
    const byLevel = (level: string) => rows.filter((r) => r.region_level === level);
    expect(byLevel("village").map((r) => r.region_code)).toEqual(Array(6).fill("18.01.16.2004"));
    expect(byLevel("village").every((r) => r.cluster_code === "CANTI-KERIPIK")).toBe(true);
    expect(byLevel("district").map((r) => [r.region_code, r.cluster_code])).toEqual([
      ["18.01.16", null],
      ["18.01.16", null],
    ]);
  });

  it("bands ages (blank stays blank) and keeps coded answers", () => {
    expect(rows.map((r) => r.age_band).sort()).toEqual([...Array(6).fill("30-39"), "60-69", null].sort());
    expect(rows.every((r) => r.value_added === "gt75")).toBe(true);
    expect(rows[0]!.supporting_institutions).toEqual(["college", "government"]);
  });

  it("drops a cluster code whose cluster has fewer than 5 respondents even in a large village", () => {
    const mixed = [...big.slice(0, 5), person("X", "18.01.16.2004", { cluster_code: "TINY" })];
    const out = anonymiseRespondents(mixed, seeded());
    expect(out.filter((r) => r.cluster_code === "TINY")).toEqual([]);
    expect(out.filter((r) => r.cluster_code === "CANTI-KERIPIK")).toHaveLength(5);
  });

  it("refuses a generator that keeps repeating", () => {
    expect(() => anonymiseRespondents(big, () => "same")).toThrow();
  });
});

describe("dataDictionary", () => {
  const dict = dataDictionary(ANONYMISED_FIELDS);
  it("one entry per dataset column, in order, labels in both languages", () => {
    expect(dict.map((d) => d.field)).toEqual(ANONYMISED_FIELDS.map((f) => f.name));
    for (const d of dict) {
      expect(d.label_id).not.toBe("");
      expect(d.label_en).not.toBe("");
    }
  });
  it("lists codes with both labels, and ranges", () => {
    expect(dict.find((d) => d.field === "gender")!.codes).toBe("female = Perempuan / Female | male = Laki-laki / Male");
    expect(dict.find((d) => d.field === "age_band")!.codes).toContain("15-19 = 15-19 tahun / 15-19 years");
    expect(dict.find((d) => d.field === "ir_capital")!.range).toBe("0-3");
  });
});
