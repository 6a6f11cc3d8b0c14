import type { Locale } from "@/lib/i18n/config";
import { countAnswers, type AnswerCounts } from "./counts";
import type { IndicatorField } from "./fields";
import { shareOf } from "./percent";
import type { IndicatorTable } from "./tables";

type Answers = Readonly<Record<string, unknown>>;

/**
 * The per-option table of a multi-select question: how many respondents chose each option
 * (training, mentoring, …), of those who answered. One respondent may choose several, so
 * the shares do not sum to 100; the paper's combination table stays beside it.
 */
export function optionTable(records: readonly Answers[], field: IndicatorField, locale: Locale): IndicatorTable {
  return optionTableOf(countAnswers(records, [field]), field, locale);
}

/** The per-option table from counted combinations: a respondent chose an option when her combination holds it. */
export function optionTableOf(counts: AnswerCounts, field: IndicatorField, locale: Locale): IndicatorTable {
  const lists = Object.entries(counts.lists[field.name] ?? {}).map(([combination, n]) => ({ codes: combination === "" ? [] : combination.split(" "), n }));
  const answered = lists.reduce((s, l) => s + l.n, 0);
  const chose = (code: string) => lists.reduce((s, l) => s + (l.codes.includes(code) ? l.n : 0), 0);
  const listed = field.codes.map((c) => ({ code: c.code, label: c.label[locale], n: chose(c.code) }));
  // codes given that the list does not know still get a row, after the listed ones
  const extra = [...new Set(lists.flatMap((l) => l.codes).filter((c) => !field.codes.some((d) => d.code === c)))].map((code) => ({ code, label: code, n: chose(code) }));
  return {
    field: field.name,
    label: field.label[locale],
    group: field.group,
    total: answered,
    missing: counts.respondents - answered,
    rows: [...listed, ...extra].map((r) => ({ ...r, share: shareOf(r.n, answered) })),
  };
}
