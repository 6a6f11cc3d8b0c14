import { getTranslations } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/bar-chart";
import { FrequencyTable } from "@/components/charts/frequency-table";
import { formatNumber } from "@/lib/format";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { barColour } from "@/lib/indicators/colours";
import { formatShare } from "@/lib/indicators/percent";
import type { IndicatorTable } from "@/lib/indicators/tables";

type Props = { table: IndicatorTable; summary: string; locale: Locale; size: "compact" | "large" };

/** The chart and, beside or under it, the same numbers as a table: the table is what keyboards and screen readers use. */
export async function IndicatorFigure({ table, summary, locale, size }: Props) {
  const t = await getTranslations("indicators");
  const bars = table.rows.map((r) => ({ label: r.label, share: r.share, count: r.n, colour: barColour(table.field, r.code) }));
  return (
    <div className={size === "large" ? "grid items-start gap-6 lg:grid-cols-[3fr_2fr]" : "flex flex-col gap-3"}>
      {table.total > 0 ? (
        <HorizontalBarChart bars={bars} ariaLabel={t("chartLabel", { summary })} intlLocale={INTL_LOCALE[locale]} size={size} />
      ) : (
        <p className="text-sm text-slate-600">{t("table.empty")}</p>
      )}
      <div>
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
          total={{ count: formatNumber(table.total, locale), pct: formatShare(table.total > 0 ? 100 : 0, locale) }}
        />
        {table.missing > 0 && <p className="mt-2 text-xs text-slate-600">{t("table.missing", { count: table.missing })}</p>}
      </div>
    </div>
  );
}
