import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { headline, summarise, type SummaryTexts } from "@/lib/indicators/summary";
import type { IndicatorTable } from "@/lib/indicators/tables";
import { IndicatorFigure } from "./indicator-figure";

type Props = { table: IndicatorTable; locale: Locale; texts: SummaryTexts; href: string };

/** One field on the overview: the finding as its title, a sentence, the chart and the table. */
export async function IndicatorCard({ table, locale, texts, href }: Props) {
  const t = await getTranslations("indicators");
  const summary = summarise(table, locale, texts);
  const id = `indicator-${table.field}`;
  return (
    <section className="card mb-4 flex min-w-0 break-inside-avoid flex-col gap-3" aria-labelledby={`${id}-title`} data-testid={id}>
      <div>
        {table.paperTable && <p className="text-xs font-medium text-slate-600">{t("paperTable", { no: table.paperTable })}</p>}
        <h3 id={`${id}-title`} className="text-base font-semibold">
          {headline(table, locale, texts)}
        </h3>
      </div>
      <p data-testid="summary">{summary}</p>
      <IndicatorFigure table={table} summary={summary} locale={locale} size="compact" />
      <p className="text-sm">
        <Link className="link" href={href}>
          {t("openField")}
          <span className="sr-only">: {table.label}</span>
        </Link>
      </p>
    </section>
  );
}
