import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getRoundInScope, listRespondentAnswers } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import type { RoundProvenance } from "@/lib/surveys/provenance";
import { assessQuality } from "@/lib/surveys/quality";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // agrees with the page on "not found" (once signed in), or its title would replace the not-found one
  const user = await getCurrentUser();
  if (user && !(can(user, "survey:view") && (await getRoundInScope(await getDb(), user, decodeURIComponent((await params).code))))) notFound();
  return { title: (await getTranslations("quality"))("title") };
}

export default async function QualityPage({ params }: Props) {
  const code = (await params).code;
  const user = await requirePermission("survey:view", `/data/rounds/${encodeURIComponent(code)}/quality`);
  const db = await getDb();
  const round = await getRoundInScope(db, user, code);
  if (!round) notFound();
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale(), listRespondentAnswers(db, user, round.id)]);
  const l = toLocale(locale);
  const report = assessQuality(rows.map((r) => r.answers as Record<string, unknown>));
  const label = (name: string) => RESPONDENT_FIELDS.find((f) => f.name === name)?.label[l] ?? name;
  const pct = (n: number) => (report.n ? formatNumber((100 * n) / report.n, l, 1) : "0");
  const tables = (round.provenance as RoundProvenance | null)?.tables.filter((x) => x.issues.length > 0) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[{ label: t("data.title"), href: "/data" }, { label: round.name, href: `/data/rounds/${encodeURIComponent(round.code)}` }, { label: t("quality.title") }]}
        label={t("regions.breadcrumb")}
      />
      <h1 className="text-2xl font-bold">
        {t("quality.title")}: {round.name}
      </h1>
      <p>{t("quality.scope", { n: formatNumber(report.n, l) })}</p>

      <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="missing">
        <h2 id="missing" className="mb-2 text-lg font-semibold">
          {t("quality.missing")}
        </h2>
        <table className="data-table" data-testid="missing">
          <thead>
            <tr>
              <th scope="col">{t("quality.column")}</th>
              <th scope="col">{t("quality.required")}</th>
              <th scope="col">{t("quality.missingCount")}</th>
              <th scope="col">%</th>
            </tr>
          </thead>
          <tbody>
            {report.missing.map((m) => (
              <tr key={m.field}>
                <td>
                  <span className="font-mono">{m.field}</span>
                  <div className="text-xs text-slate-600">{label(m.field)}</div>
                </td>
                <td>{m.required ? t("quality.yes") : t("quality.no")}</td>
                <td>{formatNumber(m.missing, l)}</td>
                <td>{pct(m.missing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="pattern">
        <h2 id="pattern" className="text-lg font-semibold">
          {t("quality.outOfPattern", { count: report.outOfPattern.length })}
        </h2>
        {report.outOfPattern.length === 0 ? (
          <p className="mt-1 text-sm">{t("quality.noneFound")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {report.outOfPattern.slice(0, 200).map((o, i) => (
              <li key={i}>{t(`quality.rule.${o.rule}`, { id: o.respondentId, field: o.field, value: o.value })}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="dups">
        <h2 id="dups" className="text-lg font-semibold">
          {t("quality.duplicates", { count: report.duplicates.length })}
        </h2>
        <p className="mt-1 text-sm">{t("quality.duplicatesExplain")}</p>
        {report.duplicates.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="duplicates">
            {report.duplicates.slice(0, 100).map((ids) => (
              <li key={ids.join()}>{ids.join(", ")}</li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="per-village">
          <h2 id="per-village" className="mb-2 text-lg font-semibold">
            {t("quality.perVillage")}
          </h2>
          <table className="data-table">
            <tbody>
              {report.perVillage.map((v) => (
                <tr key={v.code}>
                  <td className="font-mono">{v.code}</td>
                  <td>{formatNumber(v.n, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="per-cluster">
          <h2 id="per-cluster" className="mb-2 text-lg font-semibold">
            {t("quality.perCluster")}
          </h2>
          <table className="data-table">
            <tbody>
              {report.perCluster.map((c) => (
                <tr key={c.code ?? "-"}>
                  <td className="font-mono">{c.code ?? t("quality.noCluster")}</td>
                  <td>{formatNumber(c.n, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      {tables.length > 0 && (
        <section className="card" aria-labelledby="published" data-testid="published-issues">
          <h2 id="published" className="text-lg font-semibold">
            {t("quality.published")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {tables.map((x) => (
              <li key={x.no}>
                <span className="font-semibold">
                  {t("quality.table", { no: x.no })} — {x.title}
                </span>{" "}
                (<span className="font-mono">{x.field}</span>)
                <ul className="list-disc pl-5">
                  {x.issues.map((issue) => (
                    <li key={issue} lang="en">
                      {issue}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
