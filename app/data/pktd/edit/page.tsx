import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PktdForm } from "@/components/forms/pktd-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getPktdRecord, listVillagesInScope } from "@/db/queries/policy";
import { getRubricVersion, unitHistory } from "@/db/queries/scores";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { formatLocaleNumber } from "@/lib/import/numbers";
import { RUBRIC_V1 } from "@/lib/scoring/rubric-v1";
import type { Rubric } from "@/lib/scoring/rubric";
import { savePktdAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("pktdEditTitle") };
}

type Search = { village?: string; year?: string; saved?: string };

// amounts as officials write them (1.024.380.000; 300,5), which the form reads back unchanged
const asText = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "number" ? (Number.isInteger(v) ? formatNumber(v, "id") : formatLocaleNumber(v)) : String(v);

/** A regency official enters or edits a village's PKTD record of one year, with the rule checks live. */
export default async function PktdEditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("policy:edit", "/data/pktd/edit");
  const q = await searchParams;
  const db = await getDb();
  const [t, locale, villages] = await Promise.all([getTranslations(), getLocale(), listVillagesInScope(db, user)]);
  const l = toLocale(locale);
  const year = Number(q.year);
  const chosen = q.village && Number.isInteger(year) && year >= 2015 && year <= 2100 ? villages.find((v) => v.code === q.village) : undefined;
  if (q.village && !can(user, "policy:edit", q.village)) notFound();

  const current = chosen ? await getPktdRecord(db, user, chosen.code, year) : null;
  // the village's newest scored round: its rubric sets the rule thresholds, its snapshot the index shown
  const history = chosen ? await unitHistory(db, user, "village", chosen.code) : [];
  const latest = history[0];
  const rubric = latest ? (((await getRubricVersion(db, latest.rubricVersion))?.definition as Rubric | undefined) ?? RUBRIC_V1) : RUBRIC_V1;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[{ label: t("data.title"), href: "/data" }, { label: t("data.pktdTitle"), href: "/data/pktd" }, { label: t("policy.pktdEditTitle") }]}
        label={t("regions.breadcrumb")}
      />
      <h1 className="text-2xl font-bold">{chosen ? t("policy.editRecord", { village: chosen.name, year }) : t("policy.pktdEditTitle")}</h1>
      <p className="max-w-3xl">{t("policy.intro")}</p>
      <form action="/data/pktd/edit" className="card flex flex-wrap items-end gap-3">
        <div className="w-full min-w-0 sm:w-auto">
          <label htmlFor="village" className="label">
            {t("policy.village")}
          </label>
          <select id="village" name="village" defaultValue={chosen?.code ?? ""} className="field w-full max-w-full sm:w-auto" required>
            <option value="">{t("policy.chooseVillage")}</option>
            {villages.map((v) => (
              <option key={v.code} value={v.code}>
                {v.name} — {v.districtName} ({v.code})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="year" className="label">
            {t("policy.year")}
          </label>
          <input id="year" name="year" type="number" min={2015} max={2100} defaultValue={chosen ? year : new Date().getFullYear()} className="field w-28" required />
        </div>
        <button type="submit" className="btn-secondary">
          {t("policy.open")}
        </button>
      </form>

      {q.saved && chosen && (
        <p role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("policy.saved")}
        </p>
      )}
      {chosen && (
        <section className="card" aria-labelledby="current-ps" data-testid="current-policy-support">
          <h2 id="current-ps" className="font-semibold">
            {t("policy.current")}:{" "}
            <span data-testid="policy-support-value">{latest?.policySupport === null || latest?.policySupport === undefined ? "—" : formatNumber(latest.policySupport, l, 1)}</span>
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {latest ? t("policy.currentExplain", { round: latest.roundName, year: (latest.periodEnd ?? "").slice(0, 4) || "—" }) : t("policy.noScore")}{" "}
            {latest && (
              <Link className="link" href={`/regions/${chosen.code}?round=${encodeURIComponent(latest.roundCode)}#ps`}>
                {t("data.ruleChecks")}
              </Link>
            )}
          </p>
          {current && <p className="mt-1 text-xs text-slate-600">{t("policy.version", { version: current.version, when: formatDateTime(current.updatedAt, l) })}</p>}
        </section>
      )}
      {chosen && (
        <PktdForm
          key={`${chosen.code}-${year}-${current?.version ?? 0}`}
          action={savePktdAction}
          village={{ code: chosen.code, name: chosen.name }}
          year={year}
          version={current?.version ?? 0}
          initial={Object.fromEntries(Object.entries((current?.data as Record<string, unknown>) ?? {}).map(([k, v]) => [k, asText(v)]))}
          rubric={{ pktd: rubric.pktd }}
        />
      )}
    </div>
  );
}
