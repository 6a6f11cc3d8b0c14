import { describe, expect, it } from "vitest";
import { rescoreSummary } from "./rescore-summary";

const r = (changed: number, removed = 0) => ({ round: "IR-LAMSEL-2019", rubric: "rubrik-2019-v1", units: 9, changed, removed });

describe("the console line of npm start about scores", () => {
  it.each([
    [[r(0)], "scores: already up to date (9 units in 1 round)"],
    [[r(9)], "scores: recomputed 9 of 9 units in 1 round"],
    [[r(2, 1)], "scores: recomputed 2 of 9 units in 1 round, 1 removed"],
    [[], "scores: no survey rounds yet, nothing to score"],
  ])("%j → %s", (results, line) => {
    expect(rescoreSummary(results)).toBe(line);
  });

  it("never says that 0 units were recomputed", () => {
    expect(rescoreSummary([r(0)])).not.toMatch(/recomputed.*\b0 units/);
  });
});
