import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { footnotesHtml, sectionHtml } from "@/lib/briefs/render-html";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { cachedPublic } from "../../cache";
import { getPublicBrief } from "../load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = async (id: string) => cachedPublic(`brief:${id}`, async () => getPublicBrief(await getDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found ? found.doc.title : "—" };
}

/** A published brief exactly as frozen, through the public view: the same HTML as the signed-in page. No sign-in. */
export default async function PublicBriefPage({ params }: Props) {
  const { id } = await params;
  const found = await load(id);
  if (!found) notFound();
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
  const l = toLocale(locale);
  const doc = found.doc;
  const meta: [string, string][] = [
    [doc.labels.place, doc.unit.place],
    [t("published"), `${formatDateTime(found.publishedAt, l)} · ${t("briefVersion", { version: found.version })}`],
    [doc.labels.round, `${doc.round.name} (${doc.round.code})`],
    [doc.labels.rubric, doc.rubric],
    [doc.labels.author, doc.author],
    [t("licence"), found.licence],
  ];
  return (
    <article className="flex flex-col gap-4" lang={doc.lang}>
      <nav aria-label={t("home")}>
        <Link className="link" href="/public">
          ← {t("home")}
        </Link>
      </nav>
      <header className="card">
        <p className="text-sm text-slate-600">{t("kind.brief")}</p>
        <h1 className="text-2xl font-bold break-words" data-testid="public-brief-title">
          {doc.title}
        </h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="public-meta">
          {meta.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{k}</dt>
              <dd className="min-w-0 break-words">{v}</dd>
            </div>
          ))}
        </dl>
        {doc.badges.length > 0 && (
          <p className="mt-2 flex flex-wrap gap-2">
            {doc.badges.map((x) => (
              <span key={x} className="rounded border border-amber-700 px-2 text-xs text-amber-800">
                {x}
              </span>
            ))}
          </p>
        )}
        <p className="mt-3 text-sm">{t("briefNote")}</p>
        <div className="mt-3">
          <a className="btn" href={`/public/briefs/${found.id}/pdf`} data-testid="public-brief-pdf">
            {t("briefPdf")}
          </a>
        </div>
      </header>
      {doc.sections.map((s) => (
        <section key={s.key} className="card brief-section" aria-labelledby={`h-${s.key}`} data-testid={`section-${s.key}`}>
          <h2 id={`h-${s.key}`} className="text-lg font-semibold break-words">
            {s.heading}
          </h2>
          <div className="brief-body mt-2" dangerouslySetInnerHTML={{ __html: sectionHtml(s, null) }} />
        </section>
      ))}
      <section className="card" aria-labelledby="notes">
        <h2 id="notes" className="text-lg font-semibold">
          {doc.labels.notes}
        </h2>
        <div className="brief-body text-sm" dangerouslySetInnerHTML={{ __html: footnotesHtml(doc) }} />
      </section>
    </article>
  );
}
