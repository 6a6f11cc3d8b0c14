import { describe, expect, it } from "vitest";
import { MARKETING_ZONE } from "./test-tables";
import type { ScoresJson } from "@/lib/scoring/scores-json";
import { publicIndicatorTable, publicScores } from "./public-view";

const table = MARKETING_ZONE;

describe("publicIndicatorTable", () => {
  it("hides the 3 and its complement (the next smallest), with their shares; keeps 0 and the total", () => {
    const t = publicIndicatorTable(table);
    expect(t.rows.map((r) => [r.code, r.n.n, r.share])).toEqual([
      ["village", 70, 69.3],
      ["outside_village", 18, 17.8],
      ["outside_district", null, null],
      ["outside_regency", null, null],
      ["outside_province", 0, 0],
    ]);
    expect(t.total).toEqual({ n: 101, suppressed: false });
    expect(JSON.stringify(t)).not.toContain('"missing"');
  });
});

const score = (code: string, n: number, ir: [number, number, number, number], scn = n): ScoresJson => ({
  unit: "village",
  code,
  name: code,
  n,
  readiness: 2.1,
  stratum: "rintisan",
  variables: { institution: 2, activity: 2, performance: 2, connectivity: 2 },
  indicators: { cluster_initiator: 2 },
  ir: { IR1: ir[0], IR2: ir[1], IR3: ir[2], unclassified: ir[3] },
  social_capital: 70,
  social_capital_n: scn,
  policy_support: 40,
  no_pktd_record: false,
  pktd_year: 2019,
  rubric: "rubrik-2019-v1",
  round: "R",
});

describe("publicScores", () => {
  const out = publicScores([score("A", 56, [10, 30, 16, 0], 40), score("B", 3, [1, 2, 0, 0]), score("C", 45, [2, 20, 23, 0], 4)]);

  it("a unit under 5 shows no count and no scores; the next-smallest unit's count is hidden as its complement", () => {
    expect(out.map((r) => [r.code, r.n, r.suppressed])).toEqual([
      ["A", 56, false],
      ["B", null, true],
      ["C", null, true],
    ]);
    expect(out[1]).toMatchObject({ readiness: null, stratum: null, ir: { IR1: null, IR2: null, IR3: null, unclassified: null }, social_capital: null });
    expect(Object.values(out[1]!.variables).every((v) => v === null)).toBe(true);
    // C keeps its mean scores (45 respondents) though its count is a complement
    expect(out[2]!.readiness).toBe(2.1);
  });

  it("IR classes of a unit: small counts and their complement hidden; social capital from under 5 answers hidden", () => {
    expect(out[0]!.ir).toEqual({ IR1: 10, IR2: 30, IR3: 16, unclassified: 0 });
    expect(out[2]!.ir).toEqual({ IR1: null, IR2: null, IR3: 23, unclassified: 0 });
    expect([out[0]!.social_capital, out[0]!.social_capital_n]).toEqual([70, 40]);
    expect([out[2]!.social_capital, out[2]!.social_capital_n]).toEqual([null, null]);
  });
});
