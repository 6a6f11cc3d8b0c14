import { describe, expect, it } from "vitest";
import { indicatorField } from "./fields";
import { optionTable } from "./options";
import { indicatorTable } from "./tables";
import { paperRecords } from "./test-records";

describe("the per-option table of a multi-select question", () => {
  const field = indicatorField("hi_program_support")!;

  it("counts respondents per option, of those who answered; shares need not sum to 100", () => {
    const records = [{ hi_program_support: ["training", "mentoring"] }, { hi_program_support: ["training"] }, { hi_program_support: [] }, {}];
    const t = optionTable(records, field, "id");
    expect(t.total).toBe(3);
    expect(t.missing).toBe(1);
    const training = t.rows.find((r) => r.code === "training")!;
    expect(training.n).toBe(2);
    expect(training.share).toBeCloseTo(66.667, 2);
    expect(t.rows.find((r) => r.code === "mentoring")!.n).toBe(1);
    // the code list's order, every option listed even when nobody chose it
    expect(t.rows.map((r) => r.code)).toEqual(field.codes.map((c) => c.code));
  });

  it("on the paper round: the combination table keeps its rows, each option's count is the sum of the combinations holding it", () => {
    const records = paperRecords();
    const combos = indicatorTable(records, field, "id");
    const options = optionTable(records, field, "id");
    expect(options.total).toBe(combos.total);
    for (const o of options.rows) {
      const fromCombos = combos.rows.filter((c) => c.code.split(" ").includes(o.code)).reduce((s, c) => s + c.n, 0);
      expect(o.n, o.code).toBe(fromCombos);
    }
  });
});
