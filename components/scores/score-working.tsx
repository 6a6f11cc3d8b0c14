import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { explainScore } from "@/lib/scoring/explain";
import { RULE_IDS, type PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { SC_ELEMENTS } from "@/lib/scoring/social-capital";
import { workingRows } from "@/lib/scoring/working-rows";

type Props = { score: UnitScore; policySupport: PolicySupport; rubric: Rubric; version: string; rubricHref?: string };

/** "Mengapa?": readiness, social capital and policy support, each with the numbers behind it. */
export async function ScoreWorking({ score, policySupport, rubric, version, rubricHref }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const why = explainScore(rubric, score, l);
  const two = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 2));
  const one = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 1));
  const w = rubric.policySupport;
  const sc = score.socialCapital;
  const passed = policySupport.checks.reduce((sum, c) => sum + c.passed, 0);
  return (
    <section id="why" className="card scroll-mt-4 min-w-0" aria-labelledby="why-title" data-testid="why">
      <h2 id="why-title" className="text-lg font-semibold">
        {t("scores.whyTitle")}
      </h2>
      <h3 className="mt-3 font-semibold">{t("scores.readiness")}</h3>
      <p className="mt-1 font-semibold">{why.headline}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {why.sentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
        <li>
          {t("scores.irRule", {
            ir1Max: rubric.irClasses.ir2From - 1,
            ir2From: rubric.irClasses.ir2From,
            ir2Max: rubric.irClasses.ir3From - 1,
            ir3From: rubric.irClasses.ir3From,
            ir1: score.ir.IR1,
            ir2: score.ir.IR2,
            ir3: score.ir.IR3,
            none: score.ir.unclassified,
          })}
        </li>
      </ul>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t("scores.whyTitle")}>
        <table className="data-table" data-testid="working">
          <thead>
            <tr>
              <th scope="col">{t("scores.variable")}</th>
              <th scope="col">{t("scores.indicator")}</th>
              <th scope="col">{t("scores.answers")}</th>
              <th scope="col">n</th>
              <th scope="col">{t("scores.score")}</th>
            </tr>
          </thead>
          <tbody>
            {workingRows(score, l).map((r) => (
              <tr key={r.indicator}>
                <td>{r.variable}</td>
                <th scope="row" className="font-normal" title={r.question ?? undefined}>
                  {r.label}
                </th>
                <td className="text-xs">
                  <ul>
                    {r.answers.map((a) => (
                      <li key={a.code}>
                        {a.label}: {formatNumber(a.n, l)} ({two(a.level)})
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatNumber(r.n, l)}</td>
                <td>{two(r.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        {t("scores.cutoffs", { rintisan: two(score.working.cutoffs.rintisan), matang: two(score.working.cutoffs.matang) })}{" "}
        {rubricHref ? (
          <Link className="link" href={rubricHref}>
            {version}
          </Link>
        ) : (
          <span className="font-mono">{version}</span>
        )}
      </p>

      <h3 className="mt-4 font-semibold" data-testid="why-social-capital">
        {t("scores.socialCapital")}: {one(sc.index)}
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        <li>{t("scores.whySc.element")}</li>
        {SC_ELEMENTS.map((e) => (
          <li key={e}>
            {t("scores.whySc.elementLine", { element: t(`scores.elements.${e}`), score: one(sc.elements[e].score), n: sc.elements[e].n })}
          </li>
        ))}
        <li>{t("scores.whySc.index", { min: rubric.socialCapital.minElements, index: one(sc.index), n: sc.n, total: score.n })}</li>
      </ul>

      <h3 className="mt-4 font-semibold" data-testid="why-policy-support">
        {t("scores.policySupport")}: {one(policySupport.index)}
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        <li>
          {t("scores.whyPs.programme", {
            weight: formatNumber(w.programmeWeight, l),
            share: policySupport.programmeShare === null ? "—" : `${formatNumber(100 * policySupport.programmeShare, l, 1)} %`,
            n: policySupport.programmeN,
            points: one(w.programmeWeight * (policySupport.programmeShare ?? 0)),
          })}
        </li>
        <li>
          {t("scores.whyPs.rules", {
            weight: formatNumber(w.rulesWeight, l),
            passed,
            checked: policySupport.checks.length * RULE_IDS.length,
            points: one(policySupport.rulesPart),
          })}
        </li>
        <li>{t("scores.whyPs.beneficiaries", { weight: formatNumber(w.beneficiariesWeight, l), points: one(policySupport.beneficiariesPart) })}</li>
        {policySupport.noPktdRecord && (
          <li className="font-semibold text-red-800">
            {policySupport.noPktdReason === "no_year" || policySupport.year === null ? t("scores.noPktdYear") : t("scores.whyPs.noRecord", { year: policySupport.year })}
          </li>
        )}
      </ul>
    </section>
  );
}
