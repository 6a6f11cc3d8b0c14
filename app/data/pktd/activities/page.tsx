import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActivityForm } from "@/components/forms/activity-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { listActivities, listClustersForActivities } from "@/db/queries/policy";
import { requirePermission } from "@/lib/auth/guards";
import { formatDate, formatRupiah } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { formatLocaleNumber } from "@/lib/import/numbers";
import { HI_PROGRAM_SUPPORT } from "@/lib/instrument/codes";
import { saveActivityAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("activitiesTitle") };
}

/** Home-industry programme activities the regency gave its clusters: record, correct, list. */
export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<{ saved?: string; edit?: string }> }) {
  const user = await requirePermission("policy:edit", "/data/pktd/activities");
  const db = await getDb();
  const [t, locale, clusters, activities, q] = await Promise.all([getTranslations(), getLocale(), listClustersForActivities(db, user), listActivities(db, user), searchParams]);
  const l = toLocale(locale);
  const kindLabels = Object.fromEntries(HI_PROGRAM_SUPPORT.map((c) => [c.code, c.label]));
  const editing = activities.find((a) => String(a.id) === q.edit);

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[{ label: t("data.title"), href: "/data" }, { label: t("data.pktdTitle"), href: "/data/pktd" }, { label: t("policy.activitiesTitle") }]}
        label={t("regions.breadcrumb")}
      />
      <h1 className="text-2xl font-bold">{t("policy.activitiesTitle")}</h1>
      <p className="max-w-3xl">{t("policy.activitiesIntro")}</p>
      {q.saved && (
        <p role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("policy.activitySaved")}
        </p>
      )}
      <section className="card max-w-xl">
        {clusters.length === 0 ? (
          <p>{t("policy.noClusters")}</p>
        ) : (
          <>
            {editing && (
              <p className="mb-2 text-sm">
                <Link className="link" href="/data/pktd/activities">
                  {t("policy.cancelEdit")}
                </Link>
              </p>
            )}
            <ActivityForm
              key={editing?.id ?? "new"}
              action={saveActivityAction}
              clusters={clusters.map((c) => ({ id: c.id, name: c.name, roundName: c.roundName }))}
              kindLabels={kindLabels}
              editing={editing && { id: editing.id, clusterId: editing.clusterId, kind: editing.kind, date: editing.date, budget: formatLocaleNumber(editing.budget), provider: editing.provider }}
            />
          </>
        )}
      </section>
      <section className="card relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("policy.activitiesTitle")}>
        {activities.length === 0 ? (
          <p>{t("policy.noActivities")}</p>
        ) : (
          <table className="data-table" data-testid="activities">
            <thead>
              <tr>
                <th scope="col">{t("policy.cluster")}</th>
                <th scope="col">{t("policy.kind")}</th>
                <th scope="col">{t("policy.date")}</th>
                <th scope="col">{t("policy.budget")}</th>
                <th scope="col">{t("policy.provider")}</th>
                <th scope="col">
                  <span className="sr-only">{t("policy.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.clusterName} <span className="text-xs text-slate-600">({a.roundName})</span>
                  </td>
                  <td>{kindLabels[a.kind]?.[l] ?? a.kind}</td>
                  <td>{formatDate(a.date, l)}</td>
                  <td>{formatRupiah(a.budget, l)}</td>
                  <td>{a.provider}</td>
                  <td>
                    <Link className="link" href={`/data/pktd/activities?edit=${a.id}`}>
                      {t("policy.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
