import { describe, expect, it } from "vitest";
import { policySupport } from "./policy-support";
import { RUBRIC_V1 } from "./rubric";
import { scoreUnit } from "./score-unit";
import { parseStoredRubric, parseStoredScore, StoredJsonError } from "./stored-score";
import { BASE } from "./test-fixtures";

const stored = () => JSON.parse(JSON.stringify({ score: scoreUnit(RUBRIC_V1, [BASE, BASE]), policySupport: policySupport(RUBRIC_V1, [BASE], [], ["18.01.16.2004"], 2019) }));

describe("stored JSON is validated when read, never cast", () => {
  it("reads back what scoring stored", () => {
    const s = stored();
    expect(parseStoredScore(s)).toEqual(s);
    expect(parseStoredRubric(JSON.parse(JSON.stringify(RUBRIC_V1)))).toEqual(RUBRIC_V1);
  });

  it("rejects a score whose shape changed, naming what is wrong", () => {
    const s = stored();
    s.score.readiness = "2,05";
    expect(() => parseStoredScore(s, "score of cluster X")).toThrow(StoredJsonError);
    expect(() => parseStoredScore(s, "score of cluster X")).toThrow(/score of cluster X: score\.readiness/);
    expect(() => parseStoredScore({ score: stored().score })).toThrow(/policySupport/);
  });

  it("rejects a rubric definition missing its IR cut-offs", () => {
    const { irClasses: _dropped, ...rest } = JSON.parse(JSON.stringify(RUBRIC_V1));
    expect(() => parseStoredRubric(rest, "rubric v9")).toThrow(/rubric v9: irClasses/);
  });

  it("reads a snapshot written before the reason was stored: year 0 means no fieldwork year", () => {
    const s = stored();
    delete s.policySupport.noPktdReason;
    s.policySupport.year = 0;
    s.policySupport.noPktdRecord = true;
    expect(parseStoredScore(s).policySupport).toMatchObject({ year: null, noPktdReason: "no_year" });
  });
});
