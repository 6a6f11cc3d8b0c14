import { getTranslations } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/bar-chart";
import { FrequencyTable } from "@/components/charts/frequency-table";
import { formatNumber } from "@/lib/format";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { barColour } from "@/lib/indicators/colours";
import { formatShare } from "@/lib/indicators/percent";
import type { IndicatorTable } from "@/lib/indicators/tables";

type Props = { table: IndicatorTable; summary: string; locale: Locale; size: "compact" | "large" };

/** A small chart shows the largest answers only (multi-select fields have many combinations). */
const COMPACT_BARS = 8;

/** The chart and, beside or under it, the same numbers as a table: the table is what keyboards and screen readers use. */
export async function IndicatorFigure({ table, summary, locale, size }: Props) {
  const t = await getTranslations("indicators");
  const missing = table.missing > 0 && <p className="mt-2 text-xs text-slate-600">{t("table.missing", { count: table.missing })}</p>;
  // nobody answered: the summary says so, a table of zeros would not add anything
  if (table.total === 0) return missing || null;
  const all = table.rows.map((r) => ({ label: r.label, share: r.share, count: r.n, colour: barColour(table.field, r.code) }));
  // the code list's order when every answer fits, else the largest answers
  const shown = size === "compact" && all.length > COMPACT_BARS ? [...all].sort((a, b) => b.count - a.count).slice(0, COMPACT_BARS) : all;
  return (
    <div className={size === "large" ? "grid items-start gap-6 lg:grid-cols-[3fr_2fr]" : "flex flex-col gap-3"}>
      {/* min-w-0: a drawn canvas must not hold its column wider than a narrowed screen */}
      <div className="min-w-0">
        <HorizontalBarChart bars={shown} ariaLabel={t("chartLabel", { summary })} intlLocale={INTL_LOCALE[locale]} size={size} />
        {shown.length < all.length && <p className="mt-1 text-xs text-slate-600">{t("chartTop", { shown: shown.length, count: all.length })}</p>}
      </div>
      <div className="min-w-0">
        <FrequencyTable
          testId={`table-${table.field}`}
          caption={t("table.caption", { field: table.label, n: formatNumber(table.total, locale) })}
          headers={{ answer: t("table.answer"), count: t("table.count"), pct: t("table.pct"), total: t("table.total") }}
          rows={table.rows.map((r) => ({
            code: r.code,
            label: r.label,
            count: formatNumber(r.n, locale),
            pct: formatShare(r.share, locale),
            swatch: table.field === "ir_class" ? barColour(table.field, r.code) : undefined,
          }))}
          total={{ count: formatNumber(table.total, locale), pct: formatShare(100, locale) }}
        />
        {missing}
      </div>
    </div>
  );
}
