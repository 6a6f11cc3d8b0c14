import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listPublicRounds, publicCoverage, publicRegions } from "@/db/queries/public";
import { formatDate, formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { cachedPublic } from "./cache";
import { listPublicItems } from "./sources";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public"))("title") };
}

type Props = { searchParams: Promise<{ q?: string }> };

/** What the portal is, what the public data covers, the published items (searchable) and regions. No sign-in. */
export default async function PublicHome({ searchParams }: Props) {
  const q = (await searchParams).q?.trim().slice(0, 100) || undefined;
  const db = await getDb();
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
  const l = toLocale(locale);
  const [coverage, rounds, regions, items] = await Promise.all([
    cachedPublic("coverage", () => publicCoverage(db)),
    cachedPublic("rounds", () => listPublicRounds(db)),
    cachedPublic("regions", () => publicRegions(db)),
    cachedPublic(`items:${q ?? ""}`, () => listPublicItems(db, q)),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <header className="card">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 font-medium">{t("tagline")}</p>
        <p className="mt-2 max-w-3xl">{t("about")}</p>
      </header>
      <section className="card" aria-labelledby="coverage">
        <h2 id="coverage" className="text-lg font-semibold">
          {t("coverage")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1" data-testid="coverage">
          <li>{t("coverageRounds", { n: coverage.rounds })}</li>
          <li>{t("coverageRespondents", { n: coverage.respondents })}</li>
          <li>{t("coverageVillages", { n: coverage.villages })}</li>
          <li>{t("coveragePublications", { n: coverage.publications })}</li>
        </ul>
        <ul className="mt-3 flex flex-col gap-1 text-sm">
          {rounds.map((r) => (
            <li key={r.code} className="break-words">
              <span className="font-semibold">{r.name}</span> · {t("round")} <span className="font-mono">{r.code}</span>
              {r.periodEnd ? ` · ${formatDate(r.periodEnd, l)}` : ""} · {t("rubric")} <span className="font-mono">{r.rubricVersion}</span> · {t("licence")} {r.licence}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">{t("suppressionNote")}</p>
      </section>
      <section className="card" aria-labelledby="items">
        <h2 id="items" className="text-lg font-semibold">
          {t("publications")}
        </h2>
        <form action="/public" method="get" role="search" className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-0 grow">
            <label htmlFor="q" className="label">
              {t("search")}
            </label>
            <input id="q" name="q" type="search" defaultValue={q} className="field w-full" />
          </div>
          <button type="submit" className="btn">
            {t("searchButton")}
          </button>
        </form>
        {items.length === 0 ? (
          <p className="mt-3">{q ? t("noResults") : t("noPublications")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3" data-testid="public-items">
            {items.map((i) => (
              <li key={i.href} className="border-t border-slate-200 pt-2">
                <Link className="link text-lg font-semibold break-words" href={i.href}>
                  {i.title}
                </Link>
                <p className="text-sm text-slate-700">
                  <span className="font-medium">{t(`kind.${i.kind}`)}</span> · {i.authors.join(", ")} · {formatDateTime(i.publishedAt, l)}
                  {i.roundCode ? ` · ${t("round")} ${i.roundCode}` : ""}
                </p>
                <p className="mt-1 line-clamp-3 text-sm break-words">{i.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="regions">
        <h2 id="regions" className="text-lg font-semibold">
          {t("regions")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {regions.map((r) => (
            <li key={r.code}>
              <Link className="link" href={`/public/regions/${r.code}`}>
                {r.name} <span className="font-mono text-xs">{r.code}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <a className="link" href="/api/v1/openapi.json">
            {t("api")}
          </a>
        </p>
      </section>
    </div>
  );
}
