import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicationForm, PublicationVerbForm } from "@/components/forms/publication-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db/client";
import { getPublication } from "@/db/queries/publications";
import { findRoundById, listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { joinSections, type BodySection } from "@/lib/publish/publication-schema";
import { newVersionAction, publishAction, saveDraftAction, withdrawAction } from "../actions";
import { publicationFormOptions } from "../form-options";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function PublicationPage({ params }: Props) {
  const { slug } = await params;
  const user = await requirePermission("publication:write", `/publications/${slug}`);
  const db = await getDb();
  const p = await getPublication(db, slug);
  if (!p || (user.role !== "administrator" && p.ownerId !== user.id)) notFound();
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), listRounds(db, user)]);
  const l = toLocale(locale);
  const latest = p.versions[0]!;
  const round = latest.roundId ? await findRoundById(db, latest.roundId) : null;
  const published = p.versions.find((v) => v.status === "published");

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("publications.title"), href: "/publications" }, { label: latest.title }]} label={t("regions.breadcrumb")} />
      <header className="card">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="min-w-0 break-words text-2xl font-bold">{latest.title}</h1>
          <StatusBadge status={latest.status} label={t(`roundStatus.${latest.status}`)} />
        </div>
        <p className="mt-1 text-sm">
          {t("publications.version")} {latest.version} · <span className="font-mono">{slug}</span>
        </p>
        {latest.publishedAt && <p className="mt-1 text-sm">{t("publications.publishedNote", { version: latest.version, date: formatDateTime(latest.publishedAt, l) })}</p>}
        {latest.sha256 && (
          <p className="mt-1 break-all text-xs">
            {t("publications.checksum")}: <span className="font-mono" data-testid="publication-sha256">{latest.sha256}</span>
          </p>
        )}
        <div className="mt-3 flex flex-col gap-2">
          {published && (
            <Link className="link" href={`/public/publications/${slug}`}>
              {t("publications.view")}
            </Link>
          )}
          {latest.status === "draft" && <PublicationVerbForm action={publishAction} slug={slug} label={t("publications.publish")} />}
          {latest.status !== "draft" && <PublicationVerbForm action={newVersionAction} slug={slug} label={t("publications.newVersion")} />}
          {published && <PublicationVerbForm action={withdrawAction} slug={slug} label={t("publications.withdraw")} withReason reasonLabel={t("publications.reason")} />}
        </div>
        {latest.status === "draft" && round && round.status !== "published" && <p className="mt-2 text-sm text-red-800">{t("publications.needPublishedRound")}</p>}
      </header>
      {latest.status === "draft" && (
        <section className="card">
          <PublicationForm
            action={saveDraftAction}
            isNew={false}
            values={{
              slug,
              title: latest.title,
              authors: latest.authors.join("\n"),
              abstract: latest.abstract,
              body: joinSections(latest.body as BodySection[]),
              roundCode: round?.code ?? "",
              figures: (latest.figures as { kind: string; field?: string; unit?: string }[]).map((f) => `${f.kind}:${f.field ?? f.unit}`),
              includeDataset: latest.includeDataset,
              licence: latest.licence,
            }}
            rounds={rounds.filter((r) => r.status !== "withdrawn").map((r) => ({ code: r.code, name: r.name, status: t(`roundStatus.${r.status}`) }))}
            {...publicationFormOptions(t, l)}
          />
        </section>
      )}
    </div>
  );
}
