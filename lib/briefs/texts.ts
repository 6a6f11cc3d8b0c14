import en from "@/messages/briefs.en.json";
import id from "@/messages/briefs.id.json";
import { formatNumber } from "@/lib/format";
import { formatPercent } from "@/lib/indicators/percent";
import type { Locale } from "@/lib/i18n/config";

/** The brief's sentence templates, one file per language (messages/briefs.<lang>.json, key "briefs.tpl"). */
export type BriefTexts = typeof id.briefs.tpl;
export const BRIEF_TEXTS: Record<Locale, BriefTexts> = { id: id.briefs.tpl, en: en.briefs.tpl };

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Number formats of a brief: scores with two decimals, indices and shares with one. */
export function formatsFor(lang: Locale) {
  return {
    score: (v: number) => formatNumber(v, lang, 2),
    index: (v: number) => formatNumber(v, lang, 1),
    count: (v: number) => formatNumber(v, lang),
    pct: (share: number) => formatPercent(share, lang),
  };
}
export type Formats = ReturnType<typeof formatsFor>;

/** "a, b dan c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Locale): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "id" ? " dan " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items.at(-1)}`;
}
