import { IR_CLASSES_V1 } from "@/lib/scoring/ir-class";
import { describe, expect, it } from "vitest";
import { indicatorField } from "./fields";
import { indicatorTable, indicatorTables } from "./tables";
import { paperRecords } from "./test-records";

const field = (name: string) => {
  const f = indicatorField(name);
  if (!f) throw new Error(name);
  return f;
};
const counts = (t: { rows: { code: string; n: number }[] }) => Object.fromEntries(t.rows.map((r) => [r.code, r.n]));

describe("indicator tables of the paper round (golden: the paper's Tables 2-21)", () => {
  const tables = Object.fromEntries(indicatorTables(paperRecords(), "id", IR_CLASSES_V1).map((t) => [t.field, t]));

  it("Table 13, marketing zone: every code in instrument order, zeros included", () => {
    const t = tables.marketing_zone!;
    expect(t.total).toBe(101);
    expect(t.rows.map((r) => [r.code, r.label, r.n])).toEqual([
      ["village", "Sekitar desa", 70],
      ["outside_village", "Luar desa", 25],
      ["outside_district", "Luar kecamatan", 5],
      ["outside_regency", "Luar kabupaten / kota", 0],
      ["outside_province", "Luar provinsi", 1],
    ]);
    expect(t.rows[0]?.share).toBeCloseTo(69.307, 3);
  });

  it("Table 11, IR classes 2 / 91 / 8; 'unclassified' only shows when someone is", () => {
    expect(counts(tables.ir_class!)).toEqual({ IR1: 2, IR2: 91, IR3: 8 });
    expect(tables.ir_class!.rows.map((r) => r.label)).toEqual(["IR Pemula", "IR Berkembang", "IR Maju"]);
    const t = indicatorTable([{ ir_class: "unclassified" }], field("ir_class"), "en");
    expect(t.rows.map((r) => [r.label, r.n])).toContainEqual(["Unclassified (incomplete HI score)", 1]);
  });

  it("Tables 15 and 21: value added and the supporting-institution combinations", () => {
    expect(counts(tables.value_added!)).toEqual({ lt25: 1, "25to50": 5, "50to75": 40, gt75: 55 });
    const si = tables.supporting_institutions!;
    expect(si.rows.map((r) => [r.label, r.n])).toEqual([
      ["Pemerintah", 50],
      ["Pemerintah, Perguruan tinggi", 40],
      ["Pemerintah, Dunia usaha", 10],
      ["Pemerintah, Perguruan tinggi, Dunia usaha", 1],
    ]);
  });

  it("counts only those who answered and says how many did not", () => {
    const t = indicatorTable([{ education: "primary" }, { education: null }, {}], field("education"), "en");
    expect([t.total, t.missing]).toEqual([1, 2]);
    expect(t.rows.find((r) => r.code === "primary")).toMatchObject({ n: 1, share: 100, label: "Primary school" });
  });

  it("keeps codes outside the list, and names the empty multi-select answer", () => {
    const t = indicatorTable([{ gender: "x" }], field("gender"), "id");
    expect(t.rows.map((r) => r.code)).toEqual(["female", "male", "x"]);
    const m = indicatorTable([{ hi_program_support: [] }], field("hi_program_support"), "en");
    expect(m.rows).toEqual([{ code: "", label: "None", n: 1, share: 100 }]);
  });
});

describe("one IR class: the indicator table follows the round's rubric, as scoring does", () => {
  it("a rubric with other cut-offs moves the same respondents in both", async () => {
    const { RUBRIC_V1 } = await import("@/lib/scoring/rubric");
    const { scoreUnit } = await import("@/lib/scoring/score-unit");
    const records = paperRecords();
    const v2 = { ...RUBRIC_V1, irClasses: { ir2From: 9, ir3From: 12 } };
    for (const rubric of [RUBRIC_V1, v2]) {
      const table = indicatorTables(records, "id", rubric.irClasses).find((t) => t.field === "ir_class")!;
      const counts = Object.fromEntries(table.rows.map((r) => [r.code, r.n]));
      const ir = scoreUnit(rubric, records).ir;
      expect({ IR1: counts.IR1 ?? 0, IR2: counts.IR2 ?? 0, IR3: counts.IR3 ?? 0 }).toEqual({ IR1: ir.IR1, IR2: ir.IR2, IR3: ir.IR3 });
    }
    const v1Table = indicatorTables(records, "id", RUBRIC_V1.irClasses).find((t) => t.field === "ir_class")!;
    const v2Table = indicatorTables(records, "id", v2.irClasses).find((t) => t.field === "ir_class")!;
    expect(v2Table.rows).not.toEqual(v1Table.rows);
  });
});

