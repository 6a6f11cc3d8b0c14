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

/**
 * A multi-select question gets two figures, each saying which it is: the paper's table of
 * combinations, and how many respondents chose each option.
 */
export async function IndicatorFigure(props: Props) {
  const t = await getTranslations("indicators");
  const { table, size } = props;
  if (!table.options) return <OneFigure {...props} />;
  const Heading = size === "large" ? "h3" : "h4";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Heading className="text-sm font-semibold" data-testid="kind-combinations">
          {t("kinds.combinations")}
        </Heading>
        <OneFigure {...props} />
      </div>
      <div>
        <Heading className="text-sm font-semibold" data-testid="kind-options">
          {t("kinds.options")}
        </Heading>
        <OneFigure {...props} table={table.options} />
      </div>
    </div>
  );
}

/** The chart and, beside or under it, the same numbers as a table: the table is what keyboards and screen readers use. */
async function OneFigure({ table, summary, locale, size }: Props) {
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
        <HorizontalBarChart bars={shown} ariaLabel={table.kind === "options" ? `${t("kinds.options")}: ${summary}` : t("chartLabel", { summary })} intlLocale={INTL_LOCALE[locale]} size={size} />
        {shown.length < all.length && <p className="mt-1 text-xs text-slate-600">{t("chartTop", { shown: shown.length, count: all.length })}</p>}
      </div>
      <div className="min-w-0">
        <FrequencyTable
          testId={table.kind === "options" ? `table-${table.field}-options` : `table-${table.field}`}
          caption={t("table.caption", { field: table.label, n: formatNumber(table.total, locale) })}
          headers={{ answer: t("table.answer"), count: t("table.count"), pct: t("table.pct"), total: t("table.total") }}
          rows={table.rows.map((r) => ({
            code: r.code,
            label: r.label,
            count: formatNumber(r.n, locale),
            n: r.n,
            share: r.share,
            pct: formatShare(r.share, locale),
            swatch: table.field === "ir_class" ? barColour(table.field, r.code) : undefined,
          }))}
          // options: one respondent may choose several, the shares do not add up to 100
          total={{ count: formatNumber(table.total, locale), pct: table.kind === "options" ? "—" : formatShare(100, locale) }}
          locale={INTL_LOCALE[locale]}
          sortHint={t("sortHint")}
        />
        {missing}
      </div>
    </div>
  );
}
