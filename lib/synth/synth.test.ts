import { describe, expect, it } from "vitest";
import { clusterSchema, pktdSchema, respondentSchema } from "@/lib/instrument/record-schema";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { scoreUnit } from "@/lib/scoring/score-unit";
import { planVillages, regionalEffect, sampleVillages, synthVillage } from ".";
import { synthOptionsSchema } from "./options";

// 600 village codes over 3 provinces, 6 regencies, 30 districts
const CODES = Array.from({ length: 600 }, (_, i) => {
  const p = ["11", "18", "94"][i % 3]!;
  return `${p}.0${1 + (i % 2)}.${String(10 + (i % 10)).padStart(2, "0")}.${2000 + i}`;
});

describe("sampleVillages", () => {
  it.each([
    { n: 10, seed: 1 },
    { n: 599, seed: 2 },
    { n: 600, seed: 3 },
    { n: 5000, seed: 4 },
  ])("$n of 600 with seed $seed: that many, distinct, in code order, the same every time", ({ n, seed }) => {
    const a = sampleVillages(CODES, n, seed);
    expect(a).toHaveLength(Math.min(n, 600));
    expect(new Set(a).size).toBe(a.length);
    expect(a).toEqual([...a].sort());
    expect(sampleVillages(CODES, n, seed)).toEqual(a);
  });

  it("another seed draws another sample", () => {
    expect(sampleVillages(CODES, 50, 1)).not.toEqual(sampleVillages(CODES, 50, 2));
  });
});

describe("planVillages", () => {
  it.each([
    { villages: 600, respondents: 12_000 },
    { villages: 600, respondents: 601 },
    { villages: 100, respondents: 2_000 },
  ])("$respondents respondents over $villages villages: exact total, about one cluster per 20", ({ villages, respondents }) => {
    const plans = planVillages(CODES.slice(0, villages), respondents, 9);
    expect(plans.reduce((s, p) => s + p.respondents, 0)).toBe(respondents);
    const clusters = plans.reduce((s, p) => s + p.clusters, 0);
    expect(clusters).toBe(Math.floor(respondents / 20));
    expect(plans.every((p) => p.respondents >= 0 && p.clusters <= Math.max(p.respondents, 0))).toBe(true);
    // villages differ in size: not one number everywhere
    expect(new Set(plans.map((p) => p.respondents)).size).toBeGreaterThan(3);
  });
});

describe("synthVillage", () => {
  const plans = planVillages(CODES, 12_000, 2019);
  const villages = plans.map((p) => synthVillage(2019, p, 2025));
  const respondents = villages.flatMap((v) => v.respondents);

  it("is deterministic: same seed, same village, same records", () => {
    expect(synthVillage(2019, plans[7]!, 2025)).toEqual(villages[7]);
    expect(synthVillage(2020, plans[7]!, 2025)).not.toEqual(villages[7]);
  });

  it("gives answers valid under the instrument, and valid clusters and PKTD records", () => {
    for (const r of respondents) expect(respondentSchema.safeParse(r).error).toBeUndefined();
    for (const v of villages) {
      for (const c of v.clusters) expect(clusterSchema.safeParse(c).error).toBeUndefined();
      if (v.pktd) {
        expect(pktdSchema.safeParse(v.pktd).error).toBeUndefined();
        expect(v.pktd.workers_women).toBeLessThanOrEqual(v.pktd.workers_total);
        expect(v.pktd.hok_women ?? 0).toBeLessThanOrEqual(v.pktd.hok_total ?? 0);
      }
    }
  });

  it("puts every respondent in her village, in one of its clusters when it has any, with unique ids", () => {
    expect(new Set(respondents.map((r) => r.respondent_id)).size).toBe(respondents.length);
    villages.forEach((v, i) => {
      const codes = new Set(v.clusters.map((c) => c.cluster_code));
      for (const r of v.respondents) {
        expect(r.village_code).toBe(plans[i]!.villageCode);
        expect(r.cluster_code === null ? codes.size === 0 : codes.has(r.cluster_code)).toBe(true);
      }
      for (const a of v.activities) expect(codes.has(a.clusterCode)).toBe(true);
    });
  });

  it("has plausible shares: mostly women, most villages with a PKTD record, some programme support", () => {
    const women = respondents.filter((r) => r.gender === "female").length / respondents.length;
    expect(women).toBeGreaterThan(0.8);
    expect(women).toBeLessThan(0.92);
    const withPktd = villages.filter((v) => v.pktd).length / villages.length;
    expect(withPktd).toBeGreaterThan(0.75);
    expect(withPktd).toBeLessThan(0.95);
    const supported = respondents.filter((r) => r.hi_program_support.length > 0).length / respondents.length;
    expect(supported).toBeGreaterThan(0.1);
    expect(supported).toBeLessThan(0.6);
  });

  it("varies geographically: better-off places score higher, and every stratum occurs", () => {
    const byEffect = [...villages.keys()].filter((i) => villages[i]!.respondents.length >= 10).sort((a, b) => regionalEffect(2019, plans[a]!.villageCode) - regionalEffect(2019, plans[b]!.villageCode));
    const readiness = (is: number[]) => scoreUnit(RUBRIC_V1, is.flatMap((i) => villages[i]!.respondents)).readiness!;
    const tenth = Math.floor(byEffect.length / 10);
    expect(readiness(byEffect.slice(-tenth))).toBeGreaterThan(readiness(byEffect.slice(0, tenth)) + 0.3);
    const strata = new Set(byEffect.map((i) => scoreUnit(RUBRIC_V1, villages[i]!.respondents).stratum));
    expect(strata).toEqual(new Set(["sentra", "rintisan", "matang"]));
  });
});

describe("synthOptionsSchema", () => {
  it.each([
    [{ villages: "50", respondents: "1000" }, true],
    [{ villages: "0", respondents: "1000" }, false],
    [{ villages: "1.5", respondents: "1000" }, false],
    [{ villages: "abc", respondents: "1000" }, false],
    [{ villages: "5", respondents: "10", seed: "-1" }, false],
    [{ villages: "5", respondents: "10", round: "bad code!" }, false],
  ])("%j → valid %s", (input, ok) => {
    expect(synthOptionsSchema.safeParse(input).success).toBe(ok);
  });
});
