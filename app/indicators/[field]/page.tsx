import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requirePermission } from "@/lib/auth/guards";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { groupByVariable, indicatorField } from "@/lib/indicators/fields";
import { headline, summarise, type SummaryTexts } from "@/lib/indicators/summary";
import { indicatorTablesOf } from "@/lib/indicators/tables";
import type { AnswerCounts } from "@/lib/indicators/counts";
import { IndicatorFiltersForm } from "../filters";
import { IndicatorFigure } from "../indicator-figure";
import { filterQuery, loadIndicatorData, param, returnPath } from "../load";
import { NoRounds } from "../no-rounds";
import { ScopeLine } from "../scope-line";
import { nextStepFor } from "@/lib/empty-state";

type Props = { params: Promise<{ field: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const field = indicatorField((await params).field);
  // agrees with the page on "not found" (once signed in), or its title would replace the not-found one
  if (!field && (await getCurrentUser())) notFound();
  return { title: field ? field.label[toLocale(await getLocale())] : (await getTranslations("indicators"))("title") };
}

export default async function IndicatorFieldPage({ params, searchParams }: Props) {
  const [{ field: name }, query] = await Promise.all([params, searchParams]);
  const filters = { round: param(query.round), region: param(query.region) };
  const user = await requirePermission("survey:view", returnPath(`/indicators/${encodeURIComponent(name)}`, filters));
  const field = indicatorField(name);
  if (!field) notFound();
  const [t, locale, data] = await Promise.all([getTranslations("indicators"), getLocale(), loadIndicatorData(user, filters)]);
  if (data.kind === "not-found") notFound();
  const l = toLocale(locale);
  const group = groupByVariable().find((g) => g.variable === field.group);
  const keep = data.kind === "ok" ? filterQuery(data.round.code, data.region) : "";

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("title"), href: `/indicators${keep}` }, { label: field.label[l] }]} label={t("breadcrumb")} />
      <h1 className="text-2xl font-bold">{field.label[l]}</h1>
      {data.kind === "no-rounds" ? (
        <NoRounds step={nextStepFor(user, "respondents")} />
      ) : (
        <>
          <IndicatorFiltersForm action={`/indicators/${field.name}`} rounds={data.rounds} round={data.round.code} region={data.region?.code ?? ""} regionOption={data.regionOption} />
          <ScopeLine data={data} locale={l} step={nextStepFor(user, "respondents")} />
          {data.counts.respondents > 0 && <Figure counts={data.counts} field={field.name} locale={l} texts={t.raw("summary") as SummaryTexts} keep={keep} />}
        </>
      )}
      {group && (
        <nav aria-labelledby="same-variable" className="card text-sm">
          <h2 id="same-variable" className="font-semibold">
            {t("sameVariable")} ({group.label[l]})
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {group.fields.map((f) => (
              <li key={f.name}>
                {f.name === field.name ? (
                  <span aria-current="page" className="font-semibold">
                    {f.label[l]}
                  </span>
                ) : (
                  <Link className="link" href={`/indicators/${f.name}${keep}`}>
                    {f.label[l]}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

async function Figure({ counts, field, locale, texts, keep }: { counts: AnswerCounts; field: string; locale: "id" | "en"; texts: SummaryTexts; keep: string }) {
  const t = await getTranslations("indicators");
  const def = indicatorField(field)!;
  const [table] = indicatorTablesOf(counts, locale, [def]);
  if (!table) return null;
  const summary = summarise(table, locale, texts);
  const notes = [table.paperTable ? t("paperTable", { no: table.paperTable }) : null, field === "ir_class" ? t("derived") : null].filter((x) => x !== null);
  return (
    <section className="card flex min-w-0 flex-col gap-3" aria-labelledby="finding" data-testid={`indicator-${field}`}>
      <div>
        {notes.length > 0 && <p className="text-xs font-medium text-slate-600">{notes.join(" · ")}</p>}
        <h2 id="finding" className="text-lg font-semibold">
          {headline(table, locale, texts)}
        </h2>
      </div>
      <p data-testid="summary">{summary}</p>
      <IndicatorFigure table={table} summary={summary} locale={locale} size="large" />
      <p className="text-sm">
        <a className="btn-secondary" href={`/indicators/csv${keep}`} download>
          {t("csv")}
        </a>
      </p>
    </section>
  );
}
