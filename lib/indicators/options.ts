import type { Locale } from "@/lib/i18n/config";
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
  const answered = records.map((r) => r[field.name]).filter((v): v is unknown[] => Array.isArray(v));
  const chose = (code: string) => answered.filter((v) => v.includes(code)).length;
  const listed = field.codes.map((c) => ({ code: c.code, label: c.label[locale], n: chose(c.code) }));
  // codes given that the list does not know still get a row, after the listed ones
  const extra = [...new Set(answered.flat().filter((c): c is string => typeof c === "string" && !field.codes.some((d) => d.code === c)))].map((code) => ({
    code,
    label: code,
    n: chose(code),
  }));
  return {
    field: field.name,
    label: field.label[locale],
    group: field.group,
    total: answered.length,
    missing: records.length - answered.length,
    rows: [...listed, ...extra].map((r) => ({ ...r, share: shareOf(r.n, answered.length) })),
  };
}
