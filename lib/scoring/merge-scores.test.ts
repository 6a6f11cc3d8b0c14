import { describe, expect, it } from "vitest";
import { planVillages, synthVillage } from "@/lib/synth";
import { mergeScores, policySupportPart } from "./merge-scores";
import { policySupport } from "./policy-support";
import { RUBRIC_V1 } from "./rubric";
import { scoreUnit, type Answers } from "./score-unit";

const CODES = Array.from({ length: 120 }, (_, i) => `18.0${1 + (i % 4)}.1${i % 3}.${2001 + i}`);
const villages = planVillages(CODES, 3_000, 5).map((p) => synthVillage(5, p, 2025));
const pktd = villages.flatMap((v) => (v.pktd ? [v.pktd as unknown as Answers] : []));

function scoreOf(codes: string[]) {
  const rows = villages.filter((v) => codes.some((c) => v.respondents[0]?.village_code.startsWith(c))).flatMap((v) => v.respondents as unknown as Answers[]);
  const villageCodes = [...new Set(rows.map((r) => String(r.village_code)))];
  return { score: scoreUnit(RUBRIC_V1, rows), policySupport: policySupport(RUBRIC_V1, rows, pktd, villageCodes, 2025) };
}

describe("mergeScores", () => {
  const parts = ["18.01", "18.02", "18.03", "18.04"].map((r) => scoreOf([r]));
  const whole = scoreOf(["18."]);
  const merged = mergeScores(RUBRIC_V1, parts.map((p) => ({ score: p.score, policySupport: policySupportPart(p.policySupport) })));

  it("equals scoring all the respondents at once: n, IR classes, participation exactly", () => {
    expect(merged.score.n).toBe(whole.score.n);
    expect(merged.score.ir).toEqual(whole.score.ir);
    expect(merged.score.socialCapital.participation).toEqual(whole.score.socialCapital.participation);
    expect(merged.score.stratum).toBe(whole.score.stratum);
    expect(merged.score.working.indicators.map((w) => w.distribution)).toEqual(whole.score.working.indicators.map((w) => w.distribution));
  });

  it("equals it on every mean up to rounding", () => {
    expect(merged.score.readiness).toBeCloseTo(whole.score.readiness!, 10);
    for (const [k, v] of Object.entries(whole.score.indicators)) expect(merged.score.indicators[k]).toBeCloseTo(v!, 10);
    expect(merged.score.socialCapital.index).toBeCloseTo(whole.score.socialCapital.index!, 10);
    expect(merged.policySupport.index).toBeCloseTo(whole.policySupport.index, 10);
    expect(merged.policySupport.villages).toBe(whole.policySupport.checks.length + whole.policySupport.villagesWithoutRecord.length);
  });

  it("merges merged parts the same way (a nation from its provinces)", () => {
    const twice = mergeScores(RUBRIC_V1, [
      mergeScores(RUBRIC_V1, parts.slice(0, 2).map((p) => ({ score: p.score, policySupport: policySupportPart(p.policySupport) }))),
      mergeScores(RUBRIC_V1, parts.slice(2).map((p) => ({ score: p.score, policySupport: policySupportPart(p.policySupport) }))),
    ]);
    expect(twice.score.readiness).toBeCloseTo(whole.score.readiness!, 10);
    expect(twice.policySupport.index).toBeCloseTo(whole.policySupport.index, 10);
  });

  it("of nothing is an empty unit without readiness", () => {
    const none = mergeScores(RUBRIC_V1, []);
    expect(none.score.n).toBe(0);
    expect(none.score.readiness).toBeNull();
    expect(none.policySupport.index).toBe(0);
  });
});
