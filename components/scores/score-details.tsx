import { getLocale, getTranslations } from "next-intl/server";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { PolicySupportCard } from "./policy-support-card";
import { ScoreWorking } from "./score-working";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";

type Props = {
  score: UnitScore;
  policySupport: PolicySupport;
  rubric: Rubric;
  version: string;
  /** seeded rounds say their social-capital and PKTD answers are illustrative */
  illustrative: boolean;
  rubricHref?: string;
  /** false on profiles, which link to the full working instead */
  showWorking?: boolean;
  /** names of the PKTD villages, by code */
  villageNames: Record<string, string>;
};

/** Readiness and stratum at a glance. */
export async function ScoreHeadline({ score }: { score: UnitScore }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  return (
    <div className="flex flex-wrap items-center gap-4">
      <div>
        <div className="text-sm text-slate-600">{t("scores.readiness")}</div>
        <div className="text-3xl font-bold" data-testid="readiness">
          {score.readiness === null ? "—" : formatNumber(score.readiness, l, 2)}
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
    </div>
  );
}

/** Variables, IR classes, social capital, policy support and the full working ("why?"). */
export async function ScoreDetails({ score, policySupport, rubric, version, illustrative, rubricHref, showWorking = true, villageNames }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const two = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 2));
  const one = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 1));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${formatNumber(100 * v, l, 1)} %`);
  const irTotal = score.ir.IR1 + score.ir.IR2 + score.ir.IR3 + score.ir.unclassified;
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <section className="card" aria-labelledby="variables">
          <h2 id="variables" className="text-lg font-semibold">
            {t("scores.variablesTitle")}
          </h2>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("scores.variablesTitle")}>
          <table className="data-table" data-testid="variables">
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
          </div>
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
              {([
                ["group_member", "scores.groupMember"],
                ["savings_group", "scores.savingsGroup"],
              ] as const).map(([field, key]) => {
                const { yes, n } = score.socialCapital.participation[field];
                return (
                  <tr key={field}>
                    <th scope="row" className="font-normal">
                      {t(key)}
                    </th>
                    <td>{n ? pct(yes / n) : "—"}</td>
                    <td className="text-xs text-slate-600">n = {n}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {illustrative && <p className="mt-2 text-xs text-purple-900">{t("scores.illustrativeNote")}</p>}
        </section>

        <PolicySupportCard policySupport={policySupport} villageNames={villageNames} />
      </div>

      {showWorking && <ScoreWorking score={score} policySupport={policySupport} rubric={rubric} version={version} rubricHref={rubricHref} />}
    </>
  );
}
