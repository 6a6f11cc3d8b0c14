import { describe, expect, it } from "vitest";
import { priorityOf } from "./priority";

const W = { readiness: 0.5, socialCapital: 0.25, policySupport: 0.25 };

// rubric.md section 6: 100 × (0.50 × (readiness − 1)/2 + 0.25 × sc/100 + 0.25 × ps/100),
// a missing part left out and the remaining weights scaled to sum to 1.
const CASES: [string, { readiness: number | null; socialCapital: number | null; policySupport: number | null }, number | null][] = [
  ["all parts at the top", { readiness: 3, socialCapital: 100, policySupport: 100 }, 100],
  ["all parts at the bottom", { readiness: 1, socialCapital: 0, policySupport: 0 }, 0],
  ["readiness 2, sc 60, ps 40", { readiness: 2, socialCapital: 60, policySupport: 40 }, 25 + 15 + 10],
  ["no social capital: readiness 2/3, support 1/3", { readiness: 2, socialCapital: null, policySupport: 40 }, 100 * ((2 / 3) * 0.5 + (1 / 3) * 0.4)],
  ["only support known", { readiness: null, socialCapital: null, policySupport: 40 }, 40],
  ["nothing known", { readiness: null, socialCapital: null, policySupport: null }, null],
];

describe("priority (rubric.md section 6)", () => {
  it.each(CASES)("%s", (_, x, expected) => {
    const p = priorityOf(W, x);
    if (expected === null) expect(p.value).toBeNull();
    else expect(p.value).toBeCloseTo(expected, 10);
  });

  it("its three parts add up to it, a missing part shown as missing", () => {
    const p = priorityOf(W, { readiness: 2, socialCapital: null, policySupport: 40 });
    expect(p.parts.socialCapital).toBeNull();
    expect(p.parts.readiness).toBeCloseTo(100 * (2 / 3) * 0.5, 10);
    expect((p.parts.readiness ?? 0) + (p.parts.policySupport ?? 0)).toBeCloseTo(p.value ?? NaN, 10);
  });
});
