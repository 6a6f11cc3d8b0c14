import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/public/markdown-body";
import { PublicFrequencyTable, PublicScoreTable } from "@/components/public/public-tables";
import { getDb } from "@/db/client";
import { getPublicVersion } from "@/db/queries/publications";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { parseMarkdown } from "@/lib/publish/markdown";
import { LICENCE_NAMES } from "@/lib/publish/publication-schema";
import { publicIndicatorTable, publicScores } from "@/lib/publish/public-view";
import type { PublishedSnapshot } from "@/lib/publish/snapshot";
import { cachedPublic } from "../../cache";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string }> };

async function load(slug: string, version?: string) {
  const v = version && /^\d{1,4}$/.test(version) ? Number(version) : undefined;
  return cachedPublic(`publication:${slug}:${v ?? "current"}`, async () => getPublicVersion(await getDb(), slug, v));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = await load((await params).slug, (await searchParams).version);
  return { title: found ? (found.version.snapshot as PublishedSnapshot).title : "—" };
}

/** A published version exactly as frozen: text, figures (through the public view), dataset, citation. */
export default async function PublicPublicationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const found = await load(slug, (await searchParams).version);
  if (!found) notFound();
  const [t, ts, locale] = await Promise.all([getTranslations("public"), getTranslations("scores"), getLocale()]);
  const l = toLocale(locale);
  const v = found.version;
  const s = v.snapshot as PublishedSnapshot;
  const fmt = { count: (n: number) => formatNumber(n, l), share: (n: number) => formatNumber(n, l, 1), score: (n: number) => formatNumber(n, l, 2) };
  const licence = LICENCE_NAMES[s.licence as keyof typeof LICENCE_NAMES];
  const base = `/public/publications/${slug}`;
  const labels = { answer: t("answer"), count: t("count"), share: t("share"), total: t("total") };

  return (
    <article className="flex flex-col gap-4">
      <nav aria-label={t("home")}>
        <Link className="link" href="/public">
          ← {t("home")}
        </Link>
      </nav>
      {v.status === "withdrawn" && (
        <p role="alert" className="rounded-md border border-fail bg-red-50 p-3 text-red-900">
          {t("withdrawn", { reason: v.statusReason ?? "" })}
        </p>
      )}
      {v.status === "superseded" && (
        <p className="rounded-md border border-slate-400 bg-slate-50 p-3">
          {t("superseded")}{" "}
          <Link className="link" href={base}>
            {t("latest")}
          </Link>
        </p>
      )}
      <header className="card">
        <h1 className="text-2xl font-bold break-words">{s.title}</h1>
        <p className="mt-1">{s.authors.join(", ")}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="public-meta">
          <dt className="font-medium">{t("published")}</dt>
          <dd>
            {formatDateTime(new Date(s.publishedAt), l)} · {t("version", { version: s.version })}
          </dd>
          <dt className="font-medium">{t("round")}</dt>
          <dd className="break-words">{s.round ? `${s.round.name} (${s.round.code})` : "—"}</dd>
          <dt className="font-medium">{t("rubric")}</dt>
          <dd className="font-mono">{s.round?.rubricVersion ?? "—"}</dd>
          <dt className="font-medium">{t("licence")}</dt>
          <dd>
            {licence ? (
              <a className="link" href={licence.url} rel="license">
                {licence.name}
              </a>
            ) : (
              s.licence
            )}
          </dd>
          <dt className="font-medium">{t("checksum")}</dt>
          <dd className="break-all font-mono text-xs">{v.sha256}</dd>
        </dl>
        {s.abstract && <p className="mt-3 whitespace-pre-line break-words">{s.abstract}</p>}
        <p className="mt-3">
          <a className="btn-secondary" href={`${base}/pdf?version=${s.version}`} download>
            {t("publicationPdf")}
          </a>
        </p>
      </header>
      {s.body.map((section, i) => (
        <section key={i} className="card">
          {section.heading && <h2 className="mb-2 text-lg font-semibold break-words">{section.heading}</h2>}
          <MarkdownBody blocks={parseMarkdown(section.text)} />
        </section>
      ))}
      {s.figures.map((f, i) => (
        <section key={i} className="card">
          {f.kind === "indicator" ? (
            <PublicFrequencyTable table={publicIndicatorTable(f.tables[l])} labels={labels} fmt={fmt} />
          ) : (
            <PublicScoreTable
              rows={publicScores(f.rows)}
              caption={`${t("regionScores")}: ${t(`unitLevel.${f.unit}`)}`}
              labels={{ unit: t("unit"), respondents: t("respondents"), readiness: t("readiness"), stratum: t("stratum") }}
              stratumLabel={(x) => ts(`strata.${x}`)}
              fmt={fmt}
            />
          )}
        </section>
      ))}
      {s.dataset && (
        <section className="card" aria-labelledby="dataset">
          <h2 id="dataset" className="text-lg font-semibold">
            {t("dataset")}
          </h2>
          <p className="mt-1 text-sm">{t("datasetNote")}</p>
          <p className="mt-1 text-sm">
            {formatNumber(s.dataset.rows, l)} × {formatNumber(s.dataset.columns.length, l)}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <a className="btn" href={`${base}/dataset?version=${s.version}`} download>
              {t("downloadDataset")}
            </a>
            <a className="btn-secondary" href={`${base}/dictionary?version=${s.version}`} download>
              {t("downloadDictionary")}
            </a>
          </div>
          <p className="mt-2 break-all text-xs">
            {t("checksum")}: <span className="font-mono">{s.dataset.sha256}</span>
          </p>
        </section>
      )}
      <section className="card" aria-labelledby="cite">
        <h2 id="cite" className="text-lg font-semibold">
          {t("cite")}
        </h2>
        <h3 className="mt-2 font-medium">{t("apa")}</h3>
        <p className="break-words text-sm" data-testid="citation-apa">
          {s.citation.apa}
        </p>
        <h3 className="mt-2 font-medium">{t("bibtex")}</h3>
        <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs" tabIndex={0} data-testid="citation-bibtex">
          {s.citation.bibtex}
        </pre>
      </section>
    </article>
  );
}
