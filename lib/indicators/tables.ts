import type { Locale } from "@/lib/i18n/config";
import { frequencyFromCounts } from "@/lib/scoring/frequency";
import { irClassOf, type IrClassCutoffs } from "@/lib/scoring/ir-class";
import { INDICATOR_FIELDS, NONE_SELECTED, type IndicatorField } from "./fields";
import { countAnswers, type AnswerCounts } from "./counts";
import { optionTableOf } from "./options";
import { shareOf } from "./percent";

export type IndicatorRow = { code: string; label: string; n: number; /** 0-100, unrounded */ share: number };
export type IndicatorTable = {
  field: string;
  label: string;
  group: string;
  paperTable?: number;
  /** respondents who answered: the n of the percentages */
  total: number;
  /** respondents in the selection who left the question blank */
  missing: number;
  rows: IndicatorRow[];
  /** which table this is: one row per answer, per combination of a multi-select (the paper's), or per option */
  kind?: "answers" | "combinations" | "options";
  /** multi-select only: the per-option table that goes beside the combinations */
  options?: IndicatorTable;
};

type Answers = Readonly<Record<string, unknown>>;

/** The answers with the IR class derived by the round's rubric added, so it is counted like any other field. */
export function withIrClass(records: readonly Answers[], irClasses: IrClassCutoffs): Answers[] {
  return records.map((r) => ({ ...r, ir_class: irClassOf(r, irClasses) }));
}

function codeLabel(field: IndicatorField, code: string, locale: Locale): string {
  return field.codes.find((c) => c.code === code)?.label[locale] ?? code;
}

/** "Pemerintah, Perguruan tinggi" for the combination "college government", in the code list's order. */
function combinationLabel(field: IndicatorField, combination: string, locale: Locale): string {
  if (combination === "") return NONE_SELECTED[locale];
  const order = (code: string) => {
    const i = field.codes.findIndex((c) => c.code === code);
    return i < 0 ? field.codes.length : i;
  };
  return combination
    .split(" ")
    .sort((a, b) => order(a) - order(b))
    .map((code) => codeLabel(field, code, locale))
    .join(", ");
}

/**
 * The paper's table of one field: every listed code in the code list's order, zero counts
 * included, then codes not in the list. Multi-select fields list the combinations given, largest first.
 */
export function indicatorTable(records: readonly Answers[], field: IndicatorField, locale: Locale): IndicatorTable {
  return indicatorTableOf(countAnswers(records, [field]), field, locale);
}

/** One field's table from counted answers (indicatorTable's figures, for counts summed over regencies). */
export function indicatorTableOf(counts: AnswerCounts, field: IndicatorField, locale: Locale): IndicatorTable {
  const freq = frequencyFromCounts(field.name, new Map(Object.entries(counts.fields[field.name] ?? {})));
  const counted = new Map(freq.rows.map((r) => [r.code, r.n]));
  const codes = field.multi
    ? freq.rows.map((r) => r.code)
    : [
        ...field.codes.map((c) => c.code).filter((c) => counted.has(c) || !field.hiddenWhenZero?.includes(c)),
        ...freq.rows.map((r) => r.code).filter((c) => !field.codes.some((d) => d.code === c)),
      ];
  return {
    field: field.name,
    label: field.label[locale],
    group: field.group,
    paperTable: field.paperTable,
    total: freq.n,
    missing: counts.respondents - freq.n,
    rows: codes.map((code) => {
      const n = counted.get(code) ?? 0;
      return { code, n, share: shareOf(n, freq.n), label: field.multi ? combinationLabel(field, code, locale) : codeLabel(field, code, locale) };
    }),
  };
}

/** All indicator tables of the selected respondents (raw answers; the IR class is derived here). */
export function indicatorTables(
  records: readonly Answers[],
  locale: Locale,
  irClasses: IrClassCutoffs,
  fields: readonly IndicatorField[] = INDICATOR_FIELDS,
): IndicatorTable[] {
  return indicatorTablesOf(countAnswers(records, fields, irClasses), locale, fields);
}

/** All indicator tables from counted answers (the IR class already derived when they were counted). */
export function indicatorTablesOf(counts: AnswerCounts, locale: Locale, fields: readonly IndicatorField[] = INDICATOR_FIELDS): IndicatorTable[] {
  return fields.map((f) => {
    const table = indicatorTableOf(counts, f, locale);
    return f.multi ? { ...table, kind: "combinations" as const, options: { ...optionTableOf(counts, f, locale), kind: "options" as const } } : { ...table, kind: "answers" as const };
  });
}
