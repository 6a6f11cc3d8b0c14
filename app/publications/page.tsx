import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db/client";
import { listOwnPublications } from "@/db/queries/publications";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publications"))("title") };
}

export default async function PublicationsPage() {
  const user = await requirePermission("publication:write", "/publications");
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale(), getDb().then((db) => listOwnPublications(db, user))]);
  const l = toLocale(locale);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("publications.title")}</h1>
      <p className="max-w-3xl">{t("publications.intro")}</p>
      <div className="flex flex-wrap gap-2">
        <Link className="btn" href="/publications/new">
          {t("publications.new")}
        </Link>
        <Link className="btn-secondary" href="/public">
          {t("public.home")}
        </Link>
      </div>
      <section className="card overflow-x-auto" tabIndex={0} aria-label={t("publications.title")}>
        {rows.length === 0 ? (
          <p>{t("publications.none")}</p>
        ) : (
          <table className="data-table" data-testid="publications">
            <thead>
              <tr>
                <th scope="col">{t("publications.titleField")}</th>
                <th scope="col">{t("publications.version")}</th>
                <th scope="col">{t("publications.status")}</th>
                <th scope="col">{t("publications.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug}>
                  <td>
                    <Link className="link font-semibold" href={`/publications/${r.slug}`}>
                      {r.title}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{r.slug}</div>
                  </td>
                  <td>{formatNumber(r.version, l)}</td>
                  <td>
                    <StatusBadge status={r.status} label={t(`roundStatus.${r.status}`)} />
                  </td>
                  <td>{formatDateTime(r.updatedAt, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
