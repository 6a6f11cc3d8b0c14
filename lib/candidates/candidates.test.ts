import { describe, expect, it } from "vitest";
import { RUBRIC_V1, rubricWith } from "@/lib/scoring/rubric";
import { candidatesFor } from "./candidates";
import { percentile, drawWeights } from "./robustness";
import { seededRandom } from "./random";
import { cluster, flat } from "./test-clusters";

describe("ranking (priority, then readiness, then cluster code)", () => {
  it("orders by priority first", () => {
    const rows = candidatesFor(RUBRIC_V1, [cluster({ code: "A", policySupport: 10 }), cluster({ code: "B", policySupport: 50 })]);
    expect(rows.map((r) => [r.code, r.rank])).toEqual([["B", 1], ["A", 2]]);
  });

  it("breaks a priority tie by readiness", () => {
    // same priority, exactly in binary: 50 × (1.75 − 1)/2 + 25 × 1.00 = 50 × (2 − 1)/2 + 25 × 0.75 = 37.5
    const a = cluster({ code: "A", readiness: 1.75, variables: flat(1.75), socialCapital: 100 });
    const b = cluster({ code: "B", readiness: 2.0, variables: flat(2.0), socialCapital: 75 });
    const rows = candidatesFor(RUBRIC_V1, [a, b]);
    expect(rows[0]!.priority.value).toBe(rows[1]!.priority.value);
    expect(rows.map((r) => r.code)).toEqual(["B", "A"]);
  });

  it("breaks a full tie by cluster code", () => {
    const rows = candidatesFor(RUBRIC_V1, [cluster({ code: "K-B" }), cluster({ code: "K-A" }), cluster({ code: "K-C" })]);
    expect(rows.map((r) => [r.code, r.rank])).toEqual([["K-A", 1], ["K-B", 2], ["K-C", 3]]);
  });

  it("lists non-candidates after the candidates, unranked, with the criteria they fail", () => {
    const rows = candidatesFor(RUBRIC_V1, [
      cluster({ code: "BIG", readiness: 2.6, stratum: "matang", variables: flat(2.6), policySupport: 90 }),
      cluster({ code: "OK" }),
      cluster({ code: "SMALL", n: 6 }),
    ]);
    expect(rows.map((r) => [r.code, r.candidate, r.rank, r.failed])).toEqual([
      ["OK", true, 1, []],
      ["BIG", false, null, ["C1"]],
      ["SMALL", false, null, ["C6"]],
    ]);
  });
});

describe("robustness (1,000 weight draws from the rubric's seed)", () => {
  const clusters = [
    cluster({ code: "A", policySupport: 60 }),
    cluster({ code: "B", policySupport: 50 }),
    cluster({ code: "C", policySupport: 40 }),
    // performance just carries it over 1.60 (1.5 + 0.30 × 0.34 = 1.602): a lighter performance weight drops it below
    cluster({ code: "D", readiness: 1.602, stratum: "sentra", variables: { institution: 1.5, activity: 1.5, performance: 1.84, connectivity: 1.5 }, policySupport: 90 }),
  ];

  it("gives the same intervals on every run for the same seed", () => {
    expect(candidatesFor(RUBRIC_V1, clusters)).toEqual(candidatesFor(RUBRIC_V1, clusters));
  });

  it("changes with the seed but not its determinism", () => {
    const other = rubricWith(RUBRIC_V1, {});
    other.candidates.robustness.seed = 7;
    expect(candidatesFor(other, clusters)).toEqual(candidatesFor(other, clusters));
    const d1 = candidatesFor(RUBRIC_V1, clusters).find((r) => r.code === "D")!.robustness.shareCandidate;
    const d7 = candidatesFor(other, clusters).find((r) => r.code === "D")!.robustness.shareCandidate;
    expect(d1).not.toBe(d7);
  });

  it("a cluster whose readiness cannot move keeps its rank: interval of width 0, share 1, not fragile", () => {
    const rows = candidatesFor(RUBRIC_V1, clusters.slice(0, 3));
    for (const [i, r] of rows.entries()) expect(r.robustness).toEqual({ rankLow: i + 1, rankHigh: i + 1, shareCandidate: 1, fragile: false });
  });

  it("flags a candidate fragile when it stays one in fewer than 80 % of draws", () => {
    const d = candidatesFor(RUBRIC_V1, clusters).find((r) => r.code === "D")!;
    expect(d.candidate).toBe(true);
    expect(d.robustness.shareCandidate).toBeGreaterThan(0.2);
    expect(d.robustness.shareCandidate).toBeLessThan(0.8);
    expect(d.robustness.fragile).toBe(true);
  });

  it("flags a candidate fragile when its rank interval is wider than 2 places", () => {
    // five clusters on equal priority except for readiness spread over variables that the draws weigh differently
    const spread = [
      cluster({ code: "P", variables: { institution: 3, activity: 1.5, performance: 1.5, connectivity: 2.3 } }),
      cluster({ code: "Q", variables: { institution: 1.5, activity: 3, performance: 1.5, connectivity: 2.1 } }),
      cluster({ code: "R", variables: { institution: 1.5, activity: 1.5, performance: 3, connectivity: 1.8 } }),
      cluster({ code: "S", variables: { institution: 1.8, activity: 1.8, performance: 1.8, connectivity: 2.5 } }),
      cluster({ code: "T", variables: { institution: 2.2, activity: 2.0, performance: 2.0, connectivity: 2.0 } }),
    ].map((c) => ({ ...c, readiness: 0.12 * c.variables.institution! + 0.25 * c.variables.activity! + 0.3 * c.variables.performance! + 0.33 * c.variables.connectivity! }));
    const rows = candidatesFor(RUBRIC_V1, spread);
    const wide = rows.filter((r) => (r.robustness.rankHigh ?? 0) - (r.robustness.rankLow ?? 0) > 2);
    expect(wide.length).toBeGreaterThan(0);
    for (const r of wide) expect(r.robustness.fragile).toBe(true);
    for (const r of rows) if (r.robustness.shareCandidate === 1 && (r.robustness.rankHigh ?? 0) - (r.robustness.rankLow ?? 0) <= 2) expect(r.robustness.fragile).toBe(false);
  });

  it("never flags a non-candidate fragile", () => {
    const rows = candidatesFor(RUBRIC_V1, [cluster({ code: "X", n: 5 })]);
    expect(rows[0]).toMatchObject({ candidate: false, robustness: { fragile: false, shareCandidate: 0, rankLow: null, rankHigh: null } });
  });

  it("draws each weight within ±20 % and rescales the four to sum to 1", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const w = drawWeights([0.12, 0.25, 0.3, 0.33], 0.2, random);
      expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      // after rescaling each weight stays within (0.8/1.2, 1.2/0.8) of its value
      w.forEach((x, k) => expect(x / [0.12, 0.25, 0.3, 0.33][k]!).toBeGreaterThan(0.8 / 1.2 - 1e-12));
    }
  });

  it("takes nearest-rank percentiles", () => {
    const ranks = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(ranks, 5)).toBe(5);
    expect(percentile(ranks, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
    expect(percentile([], 5)).toBeNull();
  });
});

describe("robustness agrees with re-ranking every draw the plain way", () => {
  it("on 40 varied clusters (including ties and missing parts)", async () => {
    const { criteriaOf, isCandidate } = await import("./criteria");
    const { priorityOf } = await import("./priority");
    const { rankOrder } = await import("./rank");
    const random = seededRandom(99);
    const r2 = (x: number) => Math.round(x * 4) / 4;
    const clusters = Array.from({ length: 40 }, (_, i) => {
      const variables = { institution: r2(1 + 2 * random()), activity: r2(1 + 2 * random()), performance: r2(1 + 2 * random()), connectivity: r2(1 + 2 * random()) };
      const readiness = 0.12 * variables.institution + 0.25 * variables.activity + 0.3 * variables.performance + 0.33 * variables.connectivity;
      return cluster({
        code: `K-${String(i).padStart(2, "0")}`,
        variables,
        readiness,
        stratum: readiness < 5 / 3 ? "sentra" : readiness < 7 / 3 ? "rintisan" : "matang",
        socialCapital: i % 7 === 0 ? null : 60 + Math.round(random() * 4) * 10,
        policySupport: Math.round(random() * 4) * 25,
      });
    });
    const rubric = rubricWith(RUBRIC_V1, {});
    rubric.candidates.robustness.draws = 200;
    const fast = candidatesFor(rubric, clusters);
    // the plain way: every draw, every criterion and priority from scratch, a full sort
    const rnd = seededRandom(rubric.candidates.robustness.seed);
    const ranks = new Map<string, number[]>(clusters.map((c) => [c.code, []]));
    for (let d = 0; d < 200; d++) {
      const w = drawWeights(rubric.variables.map((v) => v.weight), 0.2, rnd);
      const rows = clusters
        .map((c) => {
          const readiness = w[0]! * c.variables.institution! + w[1]! * c.variables.activity! + w[2]! * c.variables.performance! + w[3]! * c.variables.connectivity!;
          const ok = isCandidate(criteriaOf(rubric.candidates, rubric.cutoffs, { ...c, stratum: null }, readiness));
          return { code: c.code, readiness, ok, priority: priorityOf(rubric.candidates.priorityWeights, { ...c, readiness }).value };
        })
        .filter((r) => r.ok);
      rankOrder(rows).forEach((r, k) => ranks.get(r.code)!.push(k + 1));
    }
    for (const row of fast) {
      const mine = ranks.get(row.code)!.sort((a, b) => a - b);
      expect(row.robustness.shareCandidate).toBe(mine.length / 200);
      expect([row.robustness.rankLow, row.robustness.rankHigh]).toEqual([percentile(mine, 5), percentile(mine, 95)]);
    }
  });
});
