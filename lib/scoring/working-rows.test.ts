import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "./rubric";
import { scoreUnit } from "./score-unit";
import { BASE } from "./test-fixtures";
import { workingRows } from "./working-rows";

const unit = scoreUnit(RUBRIC_V1, [
  { ...BASE, cluster_initiator: "self" },
  { ...BASE, cluster_initiator: "government" },
  { ...BASE, cluster_initiator: "government" },
]);

describe("the working of Mengapa?", () => {
  const rows = workingRows(unit, "id");
  const initiator = rows.find((r) => r.indicator === "cluster_initiator")!;

  it("names indicators by their label, never the field name", () => {
    expect(initiator.label).toBe("Pemrakarsa klaster");
    expect(initiator.variable).toBe("Kelembagaan klaster");
    for (const r of rows) expect(r.label).not.toMatch(/_/);
  });

  it("lists answers in the questionnaire's order with their counts and labels", () => {
    expect(initiator.answers.map((a) => [a.code, a.n])).toEqual([
      ["government", 2],
      ["private", 0],
      ["community", 0],
      ["self", 1],
    ]);
    expect(initiator.answers[0]!.label).toBe("Pemerintah");
  });

  it("keeps counts in numeric order and in English on English pages", () => {
    const support = workingRows(unit, "en").find((r) => r.indicator === "supporting_institutions")!;
    expect(support.label).toBe("Supporting institutions");
    expect(support.answers.map((a) => a.code)).toEqual(["0", "1", "2", "3", "4"]);
  });
});
