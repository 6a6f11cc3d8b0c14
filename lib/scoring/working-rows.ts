import { RESPONDENT_FIELDS, fieldByName } from "@/lib/instrument/fields";
import { indicatorLabel, VARIABLE_LABELS, capitalize } from "./labels";
import type { UnitScore } from "./score-unit";

type L = "id" | "en";

/** One row of "Mengapa?": the question's label, its answers in the questionnaire's order with counts and level scores. */
export type WorkingRow = {
  indicator: string;
  variable: string;
  label: string;
  /** the question as the questionnaire asks it, when the indicator is one question */
  question: string | null;
  answers: { code: string; label: string; n: number; level: number }[];
  n: number;
  score: number | null;
};

// these distributions are counts, not codes of a question
const COUNTED = new Set(["unit_size", "supporting_institutions"]);

export function workingRows(score: UnitScore, l: L): WorkingRow[] {
  return score.working.indicators.map((w) => {
    const field = fieldByName(RESPONDENT_FIELDS, w.indicator);
    const codes = field?.codes ?? [];
    const order = (code: string) => {
      const i = codes.findIndex((c) => c.code === code);
      return i < 0 ? codes.length + Number(code) : i;
    };
    const answers = [...w.distribution]
      .sort((a, b) => (COUNTED.has(w.indicator) ? Number(a.code) - Number(b.code) : order(a.code) - order(b.code)))
      .map((d) => ({ code: d.code, n: d.n, level: d.level, label: COUNTED.has(w.indicator) ? d.code : (codes.find((c) => c.code === d.code)?.label[l] ?? d.code) }));
    return {
      indicator: w.indicator,
      variable: capitalize(VARIABLE_LABELS[w.variable][l]),
      label: capitalize(indicatorLabel(w.indicator, l)),
      question: field ? field.label[l] : null,
      answers,
      n: w.n,
      score: w.score,
    };
  });
}
