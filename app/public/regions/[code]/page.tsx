import { getRubricVersion } from "@/db/queries/scores";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicFrequencyTable, PublicScoreTable } from "@/components/public/public-tables";
import { getDb } from "@/db/client";
import { listPublicRounds, publicSnapshots, regionByCode } from "@/db/queries/public";
import { selectedAnswerCounts } from "@/db/queries/summaries";
import type { UnitType } from "@/db/schema";
import { formatDate, formatNumber } from "@/lib/format";
import { toLocale, type Locale } from "@/lib/i18n/config";
import { indicatorTablesOf } from "@/lib/indicators/tables";
import { publicIndicatorTable, publicScores } from "@/lib/publish/public-view";
import { isRegionCode } from "@/lib/regions/admin-units";
import { toScoresJson } from "@/lib/scoring/scores-json";
import { defaultRound } from "@/lib/surveys/round-status";
import { cachedPublic } from "../../cache";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ round?: string }> };

const CHILD_LEVEL: Record<string, UnitType> = { province: "regency", regency: "district", district: "village", village: "cluster" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code;
  const region = isRegionCode(code) ? await regionByCode(await getDb(), code) : null;
  return { title: region?.name ?? code };
}

/** Aggregates of a region in a published round; every table goes through the public view. */
async function regionAggregates(code: string, roundId: number, roundCode: string, rubric: string, level: string, locale: Locale) {
  const db = await getDb();
  const unit = CHILD_LEVEL[level]!;
  const [children, rubricRow] = await Promise.all([publicSnapshots(db, { roundId, unitType: unit, regionCode: code }), getRubricVersion(db, rubric)]);
  if (!rubricRow) notFound();
  const counts = await selectedAnswerCounts(db, null, { roundId, version: rubric, irClasses: rubricRow.definition.irClasses, region: code });
  return {
    unit,
    respondents: counts.respondents,
    tables: indicatorTablesOf(counts, locale).map(publicIndicatorTable),
    scores: publicScores(children.map((c) => toScoresJson({ unit, code: c.s.unitCode, name: c.s.unitName }, c.s.result.score, c.s.result.policySupport, rubric, roundCode))),
  };
}

export default async function PublicRegionPage({ params, searchParams }: Props) {
  const { code } = await params;
  if (!isRegionCode(code)) notFound();
  const db = await getDb();
  const region = await regionByCode(db, code);
  if (!region) notFound();
  const [t, ts, locale, rounds] = await Promise.all([getTranslations("public"), getTranslations("scores"), getLocale(), cachedPublic("rounds", () => listPublicRounds(db))]);
  const l = toLocale(locale);
  const wanted = (await searchParams).round;
  const round = rounds.find((r) => r.code === wanted) ?? defaultRound(rounds);
  const data = round ? await cachedPublic(`region:${code}:${round.code}:${l}`, () => regionAggregates(code, round.id, round.code, round.rubricVersion, region.level, l)) : null;
  const fmt = { count: (n: number) => formatNumber(n, l), share: (n: number) => formatNumber(n, l, 1), score: (n: number) => formatNumber(n, l, 2) };
  const labels = { answer: t("answer"), count: t("count"), share: t("share"), total: t("total") };

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("home")}>
        <Link className="link" href="/public">
          ← {t("home")}
        </Link>
      </nav>
      <header className="card">
        <h1 className="text-2xl font-bold break-words">
          {region.name} <span className="font-mono text-base">{region.code}</span>
        </h1>
        {round && (
          <>
            <form action={`/public/regions/${code}`} method="get" className="mt-2 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="round" className="label">
                  {t("round")}
                </label>
                <select id="round" name="round" defaultValue={round.code} className="field max-w-full">
                  {rounds.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="btn-secondary">
                {t("searchButton")}
              </button>
            </form>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="public-meta">
              <dt className="font-medium">{t("round")}</dt>
              <dd className="break-words">
                {round.name} (<span className="font-mono">{round.code}</span>){round.periodEnd ? `, ${formatDate(round.periodEnd, l)}` : ""}
              </dd>
              <dt className="font-medium">{t("rubric")}</dt>
              <dd className="font-mono">{round.rubricVersion}</dd>
              <dt className="font-medium">{t("licence")}</dt>
              <dd>{round.licence}</dd>
            </dl>
          </>
        )}
        <p className="mt-2 text-sm">{t("suppressionNote")}</p>
      </header>
      {!data || data.respondents === 0 ? (
        <p className="card">{t("noData")}</p>
      ) : (
        <>
          <section className="card">
            <PublicScoreTable
              rows={data.scores}
              caption={`${t("regionScores")}: ${t(`unitLevel.${data.unit}`)}`}
              labels={{ unit: t("unit"), respondents: t("respondents"), readiness: t("readiness"), stratum: t("stratum") }}
              stratumLabel={(x) => ts(`strata.${x}`)}
              fmt={fmt}
            />
          </section>
          <section className="card flex flex-col gap-4" aria-labelledby="tables">
            <h2 id="tables" className="text-lg font-semibold">
              {t("regionTables")}
            </h2>
            {/* one disclosure per table keeps the page short on a phone; the tables stay in the page for search and print */}
            {data.tables.map((table) => (
              <details key={table.field} className="border-t border-slate-200 pt-2">
                <summary className="cursor-pointer font-medium">{table.label}</summary>
                <PublicFrequencyTable table={table} labels={labels} fmt={fmt} />
              </details>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
