import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { OriginBadge } from "@/components/ui/origin-badge";
import { RuleMark } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { getRubricVersion } from "@/db/queries/scores";
import { listPktd } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatNumber, formatRupiah } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { checkPktd, RULE_IDS } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import { RUBRIC_V1 } from "@/lib/scoring/rubric-v1";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("data"))("pktdTitle") };
}

type Pktd = Record<string, number | string | null>;

export default async function PktdPage({ searchParams }: { searchParams: Promise<{ imported?: string }> }) {
  const user = await requirePermission("survey:view", "/data/pktd");
  const db = await getDb();
  const [t, locale, records, { imported }, rubricRow] = await Promise.all([getTranslations(), getLocale(), listPktd(db, user), searchParams, getRubricVersion(db, RUBRIC_V1.version)]);
  // the rules' thresholds of the default rubric; each round's own rubric applies on the profiles
  const rubric = (rubricRow?.definition as Rubric | undefined) ?? RUBRIC_V1;
  const l = toLocale(locale);
  const share = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" && b > 0 ? `${formatNumber((100 * a) / b, l, 1)} %` : "—");
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("data.title"), href: "/data" }, { label: t("data.pktdTitle") }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("data.pktdTitle")}</h1>
      {imported && (
        <p role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("import.done")}
        </p>
      )}
      <p className="max-w-3xl">{t("data.pktdIntro")}</p>
      <div className="flex flex-wrap gap-2">
        {can(user, "policy:edit") && (
          <>
            <Link className="btn" href="/data/pktd/edit">
              {t("policy.addRecord")}
            </Link>
            <Link className="btn-secondary" href="/data/pktd/activities">
              {t("policy.activitiesLink")}
            </Link>
          </>
        )}
        {can(user, "pktd:import") && (
          <Link className="btn-secondary" href="/data/import">
            {t("data.importCta")}
          </Link>
        )}
      </div>
      <section className="card relative overflow-x-auto" tabIndex={0}>
        {records.length === 0 ? (
          <EmptyState className="" why={t("data.noPktd")} step={nextStepFor(user, "pktd")} />
        ) : (
          <table className="data-table" data-testid="pktd">
            <thead>
              <tr>
                <th scope="col">{t("data.village")}</th>
                <th scope="col">{t("data.year")}</th>
                <th scope="col">{t("data.danaDesa")}</th>
                <th scope="col">{t("data.pktdBudget")}</th>
                <th scope="col">{t("data.wageShare")}</th>
                <th scope="col">{t("data.womenWorkers")}</th>
                <th scope="col">{t("policy.rules")}</th>
                <th scope="col">{t("data.origin")}</th>
                <th scope="col">
                  <span className="sr-only">{t("policy.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const d = r.data as Pktd;
                const check = checkPktd(rubric, d);
                return (
                  <tr key={`${r.villageCode}-${r.year}`}>
                    <td>
                      <Link className="link" href={`/regions/${r.villageCode}`}>
                        {r.villageName}
                      </Link>
                    </td>
                    <td>{r.year}</td>
                    <td>{typeof d.dana_desa_total === "number" ? formatRupiah(d.dana_desa_total, l) : "—"}</td>
                    <td>{typeof d.pktd_budget === "number" ? formatRupiah(d.pktd_budget, l) : "—"}</td>
                    <td>{share(d.wages_paid, d.physical_work_value)}</td>
                    <td>{share(d.workers_women, d.workers_total)}</td>
                    <td data-testid="rules" className="whitespace-nowrap">
                      {RULE_IDS.map((rule) => (
                        <span key={rule} className="mr-1 inline-flex items-center gap-0.5 text-xs">
                          {rule}
                          <RuleMark status={check.rules[rule]} label={`${rule} ${t(`scores.rules.${rule}`)}: ${t(`scores.status.${check.rules[rule]}`)}`} />
                        </span>
                      ))}
                      <div>
                        <Link className="link text-xs" href={`/regions/${r.villageCode}#ps`}>
                          {t("data.ruleChecks")}
                        </Link>
                      </div>
                    </td>
                    <td>
                      <OriginBadge origin={r.origin} label={t(`origin.${r.origin}`)} />
                    </td>
                    <td>
                      {can(user, "policy:edit", r.villageCode) && (
                        <Link className="link" href={`/data/pktd/edit?village=${r.villageCode}&year=${r.year}`}>
                          {t("policy.edit")}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
