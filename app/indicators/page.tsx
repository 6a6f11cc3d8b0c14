import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { toLocale } from "@/lib/i18n/config";
import { groupByVariable } from "@/lib/indicators/fields";
import type { SummaryTexts } from "@/lib/indicators/summary";
import { indicatorTablesOf } from "@/lib/indicators/tables";
import { IndicatorFiltersForm } from "./filters";
import { IndicatorCard } from "./indicator-card";
import { filterQuery, loadIndicatorData, param, returnPath } from "./load";
import { NoRounds } from "./no-rounds";
import { ScopeLine } from "./scope-line";
import { nextStepFor } from "@/lib/empty-state";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("title") };
}

export default async function IndicatorsPage({ searchParams }: Props) {
  const query = await searchParams;
  const filters = { round: param(query.round), region: param(query.region) };
  const user = await requirePermission("survey:view", returnPath("/indicators", filters));
  const [t, locale, data] = await Promise.all([getTranslations("indicators"), getLocale(), loadIndicatorData(user, filters)]);
  if (data.kind === "not-found") notFound();
  const l = toLocale(locale);

  const header = (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
    </>
  );
  if (data.kind === "no-rounds") {
    return (
      <div className="flex flex-col gap-4">
        {header}
        <NoRounds step={nextStepFor(user, "respondents")} />
      </div>
    );
  }

  const texts = t.raw("summary") as SummaryTexts;
  const keep = filterQuery(data.round.code, data.region);
  const tables = new Map(indicatorTablesOf(data.counts, l).map((x) => [x.field, x]));
  const groups = groupByVariable();

  return (
    <div className="flex flex-col gap-4">
      {header}
      <IndicatorFiltersForm action="/indicators" rounds={data.rounds} round={data.round.code} region={data.region?.code ?? ""} regionOption={data.regionOption} />
      <ScopeLine data={data} locale={l} step={nextStepFor(user, "respondents")} />
      {data.counts.respondents > 0 && (
        <>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <a className="btn-secondary" href={`/indicators/csv${keep}`} download>
              {t("csv")}
            </a>
            <nav aria-label={t("variables")} className="text-sm">
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {groups.map((g) => (
                  <li key={g.variable}>
                    <a className="link" href={`#${g.variable}`}>
                      {g.label[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {groups.map((g) => (
            <section key={g.variable} aria-labelledby={g.variable} className="flex flex-col gap-3">
              <h2 id={g.variable} className="scroll-mt-4 text-xl font-semibold">
                {g.label[l]}
              </h2>
              <div className="gap-4 xl:columns-2">
                {g.fields.map((f) => {
                  const table = tables.get(f.name);
                  return table ? <IndicatorCard key={f.name} table={table} locale={l} texts={texts} href={`/indicators/${f.name}${keep}`} /> : null;
                })}
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
