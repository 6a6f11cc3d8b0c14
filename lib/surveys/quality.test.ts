import { describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { streamOf } from "@/lib/synth/random";
import { synthRespondent } from "@/lib/synth";
import { assessQuality, regencyQuality, type QualityRow } from "./quality";

type Answers = Record<string, unknown>;

/** A valid respondent of `village` (and cluster), with the answers `change` makes. */
function person(id: string, village: string, cluster: string | null, change: Answers = {}): QualityRow {
  const answers = { ...synthRespondent(streamOf(7, id), { respondentId: id, villageCode: village, clusterCode: cluster, effect: 0 }), ...change } as Answers;
  return { answers, villageCode: village, clusterCode: cluster };
}

const V1 = "18.01.16.2004";
const V2 = "18.01.16.2016";
const V3 = "18.07.01.2004";

describe("assessQuality", () => {
  it.each([
    // answer, blank?
    [null, true],
    ["", true],
    [[], true],
    [undefined, true],
    [0, false],
    ["no", false],
  ])("a required code column holding %j counts as blank: %s", (value, blank) => {
    const r = person("A1", V1, null, { gender: value });
    expect(assessQuality([r.answers]).missing.find((m) => m.field === "gender")!.missing).toBe(blank ? 1 : 0);
  });

  it("an empty multi-select is an answer (none); only an absent one is blank", () => {
    const rows = [person("A1", V1, null, { hi_program_support: [] }).answers, person("A2", V1, null, { hi_program_support: null }).answers];
    expect(assessQuality(rows).missing.find((m) => m.field === "hi_program_support")!.missing).toBe(1);
  });

  it.each([
    [{ gender: "x" }, [{ field: "gender", value: "x", rule: "code" }]],
    [{ age: 7 }, [{ field: "age", value: "7", rule: "range" }]],
    [{ ir_capital: 4, gender: "x" }, [{ field: "gender", value: "x", rule: "code" }, { field: "ir_capital", value: "4", rule: "range" }]],
    [{ business_permit: "no", permit_type: "pirt" }, [{ field: "permit_type", value: "pirt", rule: "permit_type" }]],
    [{ business_permit: "yes", permit_type: "none" }, [{ field: "permit_type", value: "none", rule: "permit_type" }]],
    [{ business_permit: "no", permit_type: "none" }, []],
  ])("out of pattern: %j", (change, found) => {
    expect(assessQuality([person("A1", V1, null, change).answers]).outOfPattern).toEqual(found.map((f) => ({ respondentId: "A1", ...f })));
  });

  it("groups respondents identical apart from their id, in the rows' order", () => {
    const a = person("A1", V1, "K1");
    const rows = [a.answers, { ...a.answers, respondent_id: "A2" }, person("A3", V1, "K1").answers, { ...a.answers, respondent_id: "A4" }];
    expect(assessQuality(rows).duplicates).toEqual([["A1", "A2", "A4"]]);
  });
});

describe("regencyQuality", () => {
  const twin = person("B1", V2, "K2");
  const rows: QualityRow[] = [
    person("A1", V1, "K1"),
    person("A2", V1, "K1", { age: null, gender: "x" }),
    person("A3", V1, null),
    twin,
    { ...twin, answers: { ...twin.answers, respondent_id: "B2" } },
    person("B3", V2, "K1", { business_permit: "yes", permit_type: "none", ir_capital: 9 }),
    person("C1", V3, null, { education: "" }),
  ];

  it("keeps the blanks per column, respondents per village and cluster, and each finding with its village", () => {
    const q = regencyQuality(rows);
    expect(q.n).toBe(7);
    expect(Object.keys(q.missing)).toEqual(RESPONDENT_FIELDS.map((f) => f.name));
    expect(q.counts.sort((x, y) => `${x.villageCode}${x.clusterCode}`.localeCompare(`${y.villageCode}${y.clusterCode}`))).toEqual([
      { villageCode: V1, clusterCode: "K1", n: 2 },
      { villageCode: V1, clusterCode: null, n: 1 },
      { villageCode: V2, clusterCode: "K1", n: 1 },
      { villageCode: V2, clusterCode: "K2", n: 2 },
      { villageCode: V3, clusterCode: null, n: 1 },
    ]);
    expect(q.outOfPattern.map((o) => [o.respondentId, o.villageCode, o.field, o.rule])).toEqual([
      ["A2", V1, "gender", "code"],
      ["B3", V2, "ir_capital", "range"],
      ["B3", V2, "permit_type", "permit_type"],
    ]);
    expect(q.outOfPattern.map((o) => o.ordinal)).toEqual([0, 1, 2]);
    expect(q.duplicates).toEqual([{ respondentIds: ["B1", "B2"], villageCode: V2 }]);
  });

  it("split by place, the parts add up to the report of all rows (what the page sums)", () => {
    const whole = assessQuality(rows.map((r) => r.answers));
    const parts = [rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)].map(regencyQuality);
    expect(parts.reduce((s, p) => s + p.n, 0)).toBe(whole.n);
    for (const m of whole.missing) expect(parts.reduce((s, p) => s + p.missing[m.field]!, 0)).toBe(m.missing);
    expect(parts.flatMap((p) => p.outOfPattern.map(({ respondentId, field, value, rule }) => ({ respondentId, field, value, rule })))).toEqual(whole.outOfPattern);
    expect(parts.flatMap((p) => p.duplicates.map((d) => d.respondentIds))).toEqual(whole.duplicates);
    const perVillage = new Map<string, number>();
    const perCluster = new Map<string | null, number>();
    for (const c of parts.flatMap((p) => p.counts)) {
      perVillage.set(c.villageCode, (perVillage.get(c.villageCode) ?? 0) + c.n);
      perCluster.set(c.clusterCode, (perCluster.get(c.clusterCode) ?? 0) + c.n);
    }
    expect(whole.perVillage).toEqual([...perVillage].map(([code, n]) => ({ code, n })).sort((a, b) => a.code.localeCompare(b.code)));
    expect(whole.perCluster).toEqual([...perCluster].map(([code, n]) => ({ code, n })).sort((a, b) => String(a.code).localeCompare(String(b.code))));
  });
});
