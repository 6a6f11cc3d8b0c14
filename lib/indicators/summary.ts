import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "./percent";
import type { IndicatorTable } from "./tables";

/**
 * The sentence templates of messages/indicators.<locale>.json ("indicators.summary"):
 * {pct} {n} {total} {label} {labels} {field} {finding} are filled in here.
 */
export type SummaryTexts = {
  /** "{finding} ({n} dari {total})." */
  sentence: string;
  /** "Jawaban terbanyak: {label} ({pct}, {n} dari {total})." */
  generic: string;
  tie: string;
  empty: string;
  headline: string;
  headlineTie: string;
  headlineEmpty: string;
  /** per field and answer code ("_none" for an empty multi-select): "{pct} menjual hanya di sekitar desa" */
  fields: Record<string, Record<string, string>>;
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The rows with the largest count (several when tied); none when nobody answered. */
function leaders(table: IndicatorTable) {
  const max = Math.max(0, ...table.rows.map((r) => r.n));
  return max === 0 ? [] : table.rows.filter((r) => r.n === max);
}

/** One sentence saying what most respondents answered, with its share and count. */
export function summarise(table: IndicatorTable, locale: Locale, texts: SummaryTexts): string {
  const top = leaders(table);
  const first = top[0];
  if (!first) return texts.empty;
  const values = {
    pct: formatPercent(first.share, locale),
    n: formatNumber(first.n, locale),
    total: formatNumber(table.total, locale),
    label: first.label,
    labels: top.map((r) => r.label).join(" / "),
  };
  if (top.length > 1) return fill(texts.tie, values);
  const finding = texts.fields[table.field]?.[first.code === "" ? "_none" : first.code];
  return finding ? fill(texts.sentence, { ...values, finding: fill(finding, values) }) : fill(texts.generic, values);
}

/**
 * A title that states the finding: "Wilayah pemasaran: Sekitar desa (69,3 %)",
 * "Memiliki izin usaha? Tidak (95,0 %)" (a question keeps its mark instead of a colon).
 */
export function headline(table: IndicatorTable, locale: Locale, texts: SummaryTexts): string {
  const top = leaders(table);
  const first = top[0];
  if (!first) return fill(texts.headlineEmpty, { field: table.label });
  const field = table.label.endsWith("?") ? table.label : `${table.label}:`;
  const values = { field, label: top.map((r) => r.label).join(" / "), pct: formatPercent(first.share, locale) };
  return fill(top.length > 1 ? texts.headlineTie : texts.headline, values);
}
