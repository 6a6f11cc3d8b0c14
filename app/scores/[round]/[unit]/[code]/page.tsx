import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { RuleMark, StratumBadge } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { getRubricVersion, getSnapshot } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { codeLabel } from "@/lib/instrument/labels";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { explainScore } from "@/lib/scoring/explain";
import type { PolicySupport, RuleId } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { UNIT_KINDS } from "@/lib/surveys/units";

type Props = { params: Promise<{ round: string; unit: string; code: string }>; searchParams: Promise<{ rubric?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

const RULES: RuleId[] = ["R1", "R2", "R3", "R4", "R5"];

export default async function UnitScorePage({ params, searchParams }: Props) {
  const p = await params;
  const roundCode = decodeURIComponent(p.round);
  const code = decodeURIComponent(p.code);
  const unit = UNIT_KINDS.find((u) => u === p.unit);
  const user = await requirePermission("survey:view", `/scores/${p.round}/${p.unit}/${p.code}`);
  if (!unit) notFound();
  const db = await getDb();
  const round = await getRoundInScope(db, user, roundCode);
  if (!round) notFound();
  const version = (await searchParams).rubric ?? round.rubricVersion;
  const [snapshot, rubricRow] = await Promise.all([getSnapshot(db, user, { roundId: round.id, version, unitType: unit, code }), getRubricVersion(db, version)]);
  if (!snapshot || !rubricRow) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const rubric = rubricRow.definition as Rubric;
  const { score, policySupport } = snapshot.result as { score: UnitScore; policySupport: PolicySupport };
  const why = explainScore(rubric, score, l);
  const two = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 2));
  const one = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 1));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${formatNumber(100 * v, l, 1)} %`);
  const label = (field: string, c: string) => codeLabel(RESPONDENT_FIELDS, field, c, l) ?? c;
  const irTotal = score.ir.IR1 + score.ir.IR2 + score.ir.IR3 + score.ir.unclassified;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[
          { label: t("scores.title"), href: `/scores?round=${encodeURIComponent(round.code)}&unit=${unit}` },
          { label: round.name, href: `/scores?round=${encodeURIComponent(round.code)}&unit=${unit}&rubric=${encodeURIComponent(version)}` },
          { label: snapshot.unitName },
        ]}
        label={t("regions.breadcrumb")}
      />
      <header className="card">
        <p className="text-sm text-slate-600">
          {t(`scores.units.${unit}`)} · <span className="font-mono">{snapshot.unitCode}</span>
        </p>
        <h1 className="text-2xl font-bold">{snapshot.unitName}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <div>
            <div className="text-sm text-slate-600">{t("scores.readiness")}</div>
            <div className="text-3xl font-bold" data-testid="readiness">
              {two(score.readiness)}
            </div>
          </div>
          <div>
            <div className="text-sm text-slate-600">{t("scores.stratum")}</div>
            <div data-testid="stratum">
              <StratumBadge stratum={score.stratum} label={score.stratum ? t(`scores.strata.${score.stratum}`) : t("scores.noData")} />
            </div>
          </div>
          <div>
            <div className="text-sm text-slate-600">n</div>
            <div className="text-xl font-semibold">{formatNumber(score.n, l)}</div>
          </div>
          <a className="btn-secondary" href="#why">
            {t("scores.why")}
          </a>
        </div>
        <p className="mt-3 text-xs text-slate-600">
          {t("scores.source", { round: round.code, rubric: version, when: formatDateTime(snapshot.computedAt, l) })}
        </p>
      </header>

      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="variables">
          <h2 id="variables" className="text-lg font-semibold">
            {t("scores.variablesTitle")}
          </h2>
          <table className="data-table mt-2" data-testid="variables">
            <thead>
              <tr>
                <th scope="col">{t("scores.variable")}</th>
                <th scope="col">{t("scores.score")}</th>
                <th scope="col">{t("scores.weight")}</th>
                <th scope="col">{t("scores.contribution")}</th>
                <th scope="col" className="w-1/3">
                  <span className="sr-only">{t("scores.bar")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {score.working.variables.map((v) => (
                <tr key={v.name}>
                  <td>{t(`scores.variables.${v.name}`)}</td>
                  <td>{two(v.score)}</td>
                  <td>{two(v.weight)}</td>
                  <td>{two(v.contribution)}</td>
                  <td aria-hidden="true">
                    <div className="h-3 rounded bg-slate-200">
                      <div className="h-3 rounded bg-matang" style={{ width: `${v.score === null ? 0 : ((v.score - 1) / 2) * 100}%` }} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-600">{t("scores.scaleNote")}</p>
        </section>

        <section className="card" aria-labelledby="ir">
          <h2 id="ir" className="text-lg font-semibold">
            {t("scores.irTitle")}
          </h2>
          <table className="data-table mt-2" data-testid="ir">
            <tbody>
              {(["IR1", "IR2", "IR3", "unclassified"] as const).map((c) => (
                <tr key={c}>
                  <th scope="row" className="font-normal">
                    {t(`scores.ir.${c}`)}
                  </th>
                  <td>{formatNumber(score.ir[c], l)}</td>
                  <td>{irTotal ? `${formatNumber((100 * score.ir[c]) / irTotal, l, 1)} %` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="card" aria-labelledby="sc">
          <h2 id="sc" className="text-lg font-semibold">
            {t("scores.socialCapital")}: {one(score.socialCapital.index)}
          </h2>
          <p className="text-sm text-slate-600">{t("scores.answeredBy", { n: score.socialCapital.n, total: score.n })}</p>
          <table className="data-table mt-2" data-testid="social-capital">
            <tbody>
              {(["trust", "reciprocity", "norms", "networks"] as const).map((e) => (
                <tr key={e}>
                  <th scope="row" className="font-normal">
                    {t(`scores.elements.${e}`)}
                  </th>
                  <td>{one(score.socialCapital.elements[e].score)}</td>
                  <td className="text-xs text-slate-600">n = {score.socialCapital.elements[e].n}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="font-normal">
                  {t("scores.groupMember")}
                </th>
                <td>{score.socialCapital.participation.group_member.n ? pct(score.socialCapital.participation.group_member.yes / score.socialCapital.participation.group_member.n) : "—"}</td>
                <td className="text-xs text-slate-600">n = {score.socialCapital.participation.group_member.n}</td>
              </tr>
              <tr>
                <th scope="row" className="font-normal">
                  {t("scores.savingsGroup")}
                </th>
                <td>{score.socialCapital.participation.savings_group.n ? pct(score.socialCapital.participation.savings_group.yes / score.socialCapital.participation.savings_group.n) : "—"}</td>
                <td className="text-xs text-slate-600">n = {score.socialCapital.participation.savings_group.n}</td>
              </tr>
            </tbody>
          </table>
          {round.origin !== "survey" && <p className="mt-2 text-xs text-purple-900">{t("scores.illustrativeNote")}</p>}
        </section>

        <section className="card" aria-labelledby="ps">
          <h2 id="ps" className="text-lg font-semibold">
            {t("scores.policySupport")}: {one(policySupport.index)}
          </h2>
          <p className="text-sm">
            {t("scores.programmeShare", { share: pct(policySupport.programmeShare), n: policySupport.programmeN })}
            {policySupport.noPktdRecord && <span className="ml-1 font-semibold text-fail">{t("scores.noPktd", { year: policySupport.year })}</span>}
          </p>
          {policySupport.checks.length > 0 && (
            <div className="mt-2 overflow-x-auto">
              <table className="data-table" data-testid="pktd-checks">
                <thead>
                  <tr>
                    <th scope="col">{t("data.village")}</th>
                    <th scope="col">{t("data.year")}</th>
                    {RULES.map((r) => (
                      <th key={r} scope="col" title={t(`scores.rules.${r}`)}>
                        {r}
                      </th>
                    ))}
                    <th scope="col">{t("data.wageShare")}</th>
                    <th scope="col">{t("data.womenWorkers")}</th>
                  </tr>
                </thead>
                <tbody>
                  {policySupport.checks.map((c) => (
                    <tr key={`${c.villageCode}-${c.year}`}>
                      <td className="font-mono">{c.villageCode}</td>
                      <td>{c.year}</td>
                      {RULES.map((r) => (
                        <td key={r}>
                          <RuleMark status={c.rules[r]} label={t(`scores.status.${c.rules[r]}`)} />
                        </td>
                      ))}
                      <td>{pct(c.wageShare)}</td>
                      <td>{pct(c.womenWorkerShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ul className="mt-2 text-xs text-slate-600">
                {RULES.map((r) => (
                  <li key={r}>
                    {r}: {t(`scores.rules.${r}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>

      <section id="why" className="card scroll-mt-4" aria-labelledby="why-title" data-testid="why">
        <h2 id="why-title" className="text-lg font-semibold">
          {t("scores.whyTitle")}
        </h2>
        <p className="mt-2 font-semibold">{why.headline}</p>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {why.sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        <div className="mt-3 overflow-x-auto">
          <table className="data-table" data-testid="working">
            <thead>
              <tr>
                <th scope="col">{t("scores.variable")}</th>
                <th scope="col">{t("scores.indicator")}</th>
                <th scope="col">{t("scores.answers")}</th>
                <th scope="col">{t("scores.score")}</th>
              </tr>
            </thead>
            <tbody>
              {score.working.indicators.map((w) => (
                <tr key={w.indicator}>
                  <td>{t(`scores.variables.${w.variable}`)}</td>
                  <td className="font-mono">{w.indicator}</td>
                  <td className="text-xs">
                    {w.distribution.map((d) => `${w.indicator === "unit_size" || w.indicator === "supporting_institutions" ? d.code : label(w.indicator, d.code)}: ${d.n} (${two(d.level)})`).join("; ")}
                  </td>
                  <td>{two(w.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-xs text-slate-600">
          {t("scores.cutoffs", { rintisan: two(score.working.cutoffs.rintisan), matang: two(score.working.cutoffs.matang) })}{" "}
          {can(user, "rubric:manage") ? (
            <Link className="link" href={`/admin/rubrics/${encodeURIComponent(version)}`}>
              {version}
            </Link>
          ) : (
            <span className="font-mono">{version}</span>
          )}
        </p>
      </section>
    </div>
  );
}
