import { describe, expect, it } from "vitest";
import { IR_CLASSES_V1 } from "@/lib/scoring/ir-class";
import { addAnswerCounts, answerCountsSchema, countAnswers, emptyAnswerCounts } from "./counts";
import { indicatorField } from "./fields";
import { indicatorTables, indicatorTablesOf } from "./tables";
import { paperRecords } from "./test-records";

const support = indicatorField("hi_program_support")!;
const gender = indicatorField("gender")!;

describe("answer counts", () => {
  it.each([
    ["a single answer", [{ gender: "female" }], { gender: { female: 1 } }, {}],
    ["blank answers are not counted", [{ gender: "" }, { gender: null }, {}], {}, {}],
    ["a list counts as its sorted distinct combination", [{ hi_program_support: ["training", "mentoring", "training"] }], { hi_program_support: { "mentoring training": 1 } }, { hi_program_support: { "mentoring training": 1 } }],
    ["an empty list is an answer: none chosen", [{ hi_program_support: [] }], { hi_program_support: { "": 1 } }, { hi_program_support: { "": 1 } }],
  ] as const)("%s", (_, records, fields, lists) => {
    const counts = countAnswers(records as unknown as Record<string, unknown>[], [gender, support]);
    expect(counts).toEqual({ respondents: records.length, fields, lists });
    expect(answerCountsSchema.parse(JSON.parse(JSON.stringify(counts)))).toEqual(counts);
  });

  it("of disjoint sets add up to the counts of their union (the paper round split three ways)", () => {
    const records = paperRecords();
    const parts = [records.slice(0, 30), records.slice(30, 31), records.slice(31)].map((r) => countAnswers(r, undefined, IR_CLASSES_V1));
    expect(addAnswerCounts(parts)).toEqual(countAnswers(records, undefined, IR_CLASSES_V1));
    expect(addAnswerCounts([emptyAnswerCounts(), parts[0]!])).toEqual(parts[0]);
    // and give the paper's tables
    expect(indicatorTablesOf(addAnswerCounts(parts), "en")).toEqual(indicatorTables(records, "en", IR_CLASSES_V1));
  });

  it("refuses stored counts of another shape", () => {
    expect(() => answerCountsSchema.parse({ respondents: 1, fields: { gender: { female: -1 } }, lists: {} })).toThrow();
    expect(() => answerCountsSchema.parse({ respondents: 1 })).toThrow();
  });
});
