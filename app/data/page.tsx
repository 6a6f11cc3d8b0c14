import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { OriginBadge } from "@/components/ui/origin-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db/client";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDay, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("data"))("title") };
}

export default async function DataPage() {
  const user = await requirePermission("survey:view", "/data");
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), getDb().then((db) => listRounds(db, user))]);
  const l = toLocale(locale);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("data.title")}</h1>
      <p className="max-w-3xl">{t("data.intro")}</p>
      <div className="flex flex-wrap gap-2">
        {can(user, "pktd:import") && (
          <Link className="btn" href="/data/import">
            {t("data.importCta")}
          </Link>
        )}
        <a className="btn-secondary" href="/data/xlsform" download>
          {t("data.xlsform")}
        </a>
        <Link className="btn-secondary" href="/data/pktd">
          {t("data.pktdTitle")}
        </Link>
      </div>
      <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="rounds">
        <h2 id="rounds" className="mb-2 text-lg font-semibold">
          {t("data.rounds")}
        </h2>
        {rounds.length === 0 ? (
          <EmptyState className="" why={t("data.noRounds")} step={nextStepFor(user, "respondents")} />
        ) : (
          <table className="data-table" data-testid="rounds">
            <thead>
              <tr>
                <th scope="col">{t("data.round")}</th>
                <th scope="col">{t("data.period")}</th>
                <th scope="col">{t("data.respondents")}</th>
                <th scope="col">{t("data.clusters")}</th>
                <th scope="col">{t("data.origin")}</th>
                <th scope="col">{t("roundStatus.label")}</th>
                <th scope="col">{t("data.lastImport")}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="link font-semibold" href={`/data/rounds/${encodeURIComponent(r.code)}`}>
                      {r.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{r.code}</div>
                  </td>
                  <td>
                    {r.periodStart ? formatDate(r.periodStart, l) : "—"} – {r.periodEnd ? formatDate(r.periodEnd, l) : "—"}
                    {!r.periodEnd && <div className="text-xs font-semibold text-red-800">{t("scores.noPktdYear")}</div>}
                  </td>
                  <td>{formatNumber(r.respondents, l)}</td>
                  <td>{formatNumber(r.clusters, l)}</td>
                  <td>
                    <OriginBadge origin={r.origin} label={t(`origin.${r.origin}`)} />
                  </td>
                  <td>
                    <StatusBadge status={r.status} label={t(`roundStatus.${r.status}`)} />
                  </td>
                  <td>{r.lastImportAt ? formatDay(r.lastImportAt, l) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
