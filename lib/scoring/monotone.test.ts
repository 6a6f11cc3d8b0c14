import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IndicatorDef } from "./rubric";
import { RUBRIC_V1, rubricWith } from "./rubric";
import { scoreUnit, type Answers } from "./score-unit";

const INSTITUTIONS = ["government", "college", "bank", "business"];
const indicators = RUBRIC_V1.variables.flatMap((v) => v.indicators).filter((d) => d.kind !== "unit_size");

const answerOf = (def: IndicatorDef): fc.Arbitrary<unknown> =>
  def.kind === "levels" ? fc.option(fc.constantFrom(...Object.keys(def.levels)), { freq: 8 }) : fc.subarray(INSTITUTIONS);

const respondent: fc.Arbitrary<Answers> = fc.record(Object.fromEntries(indicators.map((d) => [d.name, answerOf(d)])));

describe("readiness is monotone in the answers", () => {
  it("improving any one answer of any one respondent never lowers readiness", () => {
    fc.assert(
      fc.property(
        fc.array(respondent, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })),
        (respondents, who, which, pick, [a, b, c, d]) => {
          // any positive weights, not only v1's
          const t = a + b + c + d;
          const rubric = rubricWith(RUBRIC_V1, { weights: { institution: a / t, activity: b / t, performance: c / t, connectivity: d / t } });
          const i = who % respondents.length;
          const def = indicators[which % indicators.length]!;
          const current = respondents[i]![def.name];
          let better: unknown;
          if (def.kind === "levels") {
            if (typeof current !== "string") return; // a blank answer has no "higher" code
            const higher = Object.keys(def.levels).filter((c) => (def.levels[c] ?? 0) > (def.levels[current] ?? 0));
            if (higher.length === 0) return;
            better = higher[pick % higher.length];
          } else {
            const missing = INSTITUTIONS.filter((x) => !(current as string[]).includes(x));
            if (missing.length === 0) return;
            better = [...(current as string[]), missing[pick % missing.length]].sort();
          }
          const improved = respondents.map((r, k) => (k === i ? { ...r, [def.name]: better } : r));
          const before = scoreUnit(rubric, respondents).readiness;
          const after = scoreUnit(rubric, improved).readiness;
          expect(after === null).toBe(before === null);
          if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });
});
