import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CriteriaList } from "@/components/candidates/criteria-list";
import { DecisionBadge } from "@/components/candidates/decision-badge";
import { PageNav } from "@/components/ui/page-nav";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { briefGenerateHref } from "@/lib/briefs/links";
import type { CandidateRow } from "@/lib/candidates";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { hrefWith, pageInfo, parsePage } from "@/lib/pagination";
import { CandidateFilters } from "./filters";
import { candidatesHref, loadCandidates, type CandidatesQuery } from "./load";

export const dynamic = "force-dynamic";

/** Rows of each list per page: a regency of a national round has hundreds of clusters, each shown with its six criteria. */
const LIST_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("candidates"))("title") };
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<CandidatesQuery> }) {
  const user = await requirePermission("survey:view", "/candidates");
  const params = await searchParams;
  const [data, t, locale] = await Promise.all([loadCandidates(user, params), getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const header = (
    <>
      <h1 className="text-2xl font-bold">{t("candidates.title")}</h1>
      <p className="max-w-3xl">{t("candidates.intro")}</p>
      <p className="max-w-3xl rounded-md border-l-4 border-rintisan bg-emerald-50 p-3 text-sm" data-testid="candidate-meaning">
        {t("candidates.meaning")}
      </p>
    </>
  );
  if (data.kind !== "ok") {
    return (
      <div className="flex flex-col gap-4">
        {header}
        <p className="card">{t("candidates.noRounds")}</p>
      </div>
    );
  }
  const { round, version, region, rubric, rows, decisions } = data;
  const q = { round: round.code, rubric: version, region };
  const candidates = rows.filter((r) => r.candidate);
  const others = rows.filter((r) => !r.candidate);
  // each list a page at a time (page, opage); the ranking and the counts are of the whole list
  const candidatesPage = pageInfo(parsePage(params.page), candidates.length, LIST_SIZE);
  const othersPage = pageInfo(parsePage(params.opage), others.length, LIST_SIZE);
  const shownCandidates = candidates.slice(candidatesPage.offset, candidatesPage.offset + LIST_SIZE);
  const shownOthers = others.slice(othersPage.offset, othersPage.offset + LIST_SIZE);
  const current = { ...q, page: params.page, opage: params.opage };
  const pageHref = (key: "page" | "opage") => (page: number) => hrefWith("/candidates", current, { [key]: page > 1 ? page : undefined });
  const rb = rubric.candidates.robustness;
  const two = (v: number | null) => (v === null ? t("candidates.partMissing") : formatNumber(v, l, 1));
  const profile = (code: string) => `/scores/${encodeURIComponent(round.code)}/cluster/${encodeURIComponent(code)}?rubric=${encodeURIComponent(version)}`;
  const decideHref = (code: string) => `/candidates/${encodeURIComponent(round.code)}/${encodeURIComponent(code)}?rubric=${encodeURIComponent(version)}`;

  const clusterCell = (r: CandidateRow) => (
    <td>
      <Link className="link font-semibold" href={profile(r.code)}>
        {r.name}
      </Link>
      <div className="font-mono text-xs text-slate-600">{r.code}</div>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
        <StratumBadge stratum={r.criteria.C1.value as "sentra" | "rintisan" | "matang" | null} label={r.criteria.C1.value ? t(`scores.strata.${r.criteria.C1.value}`) : t("scores.noData")} />
        <span>n = {formatNumber(r.n, l)}</span>
      </div>
      <div className="mt-1 flex flex-wrap gap-3 text-xs">
        <Link className="link" href={profile(r.code)}>
          {t("candidates.profile")}
        </Link>
        <Link className="link" href={`${profile(r.code)}#why`}>
          {t("candidates.why")}
        </Link>
        {can(user, "brief:write", r.regionCode) && (
          <Link className="link" data-testid="candidate-brief" href={briefGenerateHref({ type: "cluster", code: r.code, round: round.code, rubric: version })} aria-label={`${t("briefs.generate.submit")}: ${r.name}`}>
            {t("briefs.generate.submit")}
          </Link>
        )}
      </div>
    </td>
  );
  const decisionCell = (r: CandidateRow) => {
    const d = decisions.get(r.code);
    return (
      <td>
        {d ? <DecisionBadge kind={d.kind} label={t(`decisions.kind.${d.kind}`)} /> : <span className="text-xs text-slate-600">{t("candidates.noDecision")}</span>}
        <div className="mt-1">
          <Link className="link text-sm" href={decideHref(r.code)} aria-label={`${t("candidates.decide")}: ${r.name}`}>
            {t("candidates.decide")}
          </Link>
        </div>
      </td>
    );
  };
  const priorityCell = (r: CandidateRow) => (
    <td>
      <div className="font-semibold">{two(r.priority.value)}</div>
      <div className="text-xs text-slate-700">
        {t("candidates.parts", { r: two(r.priority.parts.readiness), sc: two(r.priority.parts.socialCapital), ps: two(r.priority.parts.policySupport) })}
      </div>
    </td>
  );
  const robustnessCell = (r: CandidateRow) => (
    <td className="text-sm">
      <div>
        {r.robustness.rankLow === null ? t("candidates.intervalNone") : t("candidates.interval", { low: r.robustness.rankLow, high: r.robustness.rankHigh ?? r.robustness.rankLow })}
      </div>
      <div className="text-xs text-slate-700">{t("candidates.share", { pct: `${formatNumber(r.robustness.shareCandidate * 100, l, 1)} %` })}</div>
      {r.candidate && (
        <span
          data-fragile={r.robustness.fragile}
          className={`mt-1 inline-block rounded border px-2 py-0.5 text-xs font-semibold ${r.robustness.fragile ? "border-fail bg-orange-50 text-orange-900" : "border-slate-400 text-slate-800"}`}
        >
          {r.robustness.fragile ? `⚠ ${t("candidates.fragile")}` : t("candidates.stable")}
        </span>
      )}
    </td>
  );

  // under 768 px each cluster is a card: a six-column table would hide priority and the decision off-screen
  const cards = (list: CandidateRow[], testId: string) => (
    <ul className="mt-2 flex flex-col gap-3 md:hidden" data-testid={testId}>
      {list.map((r) => (
        <li key={r.code} className="rounded-md border border-slate-200 p-3" data-code={r.code}>
          <table className="w-full text-left">
            <tbody>
              <tr>{clusterCell(r)}</tr>
            </tbody>
          </table>
          <p className="mt-2 font-semibold">
            {r.rank !== null ? `${t("candidates.rank")} ${r.rank}` : `${t("candidates.fails")}: ${r.failed.join(", ")}`}
          </p>
          <div className="mt-2">
            <CriteriaList criteria={r.criteria} />
          </div>
          <table className="mt-2 w-full text-left text-sm">
            <tbody>
              <tr>
                <th scope="row" className="pr-2 align-top font-semibold">
                  {t("candidates.priority")}
                </th>
                {priorityCell(r)}
              </tr>
              <tr>
                <th scope="row" className="pr-2 align-top font-semibold">
                  {t("candidates.robustness")}
                </th>
                {robustnessCell(r)}
              </tr>
              <tr>
                <th scope="row" className="pr-2 align-top font-semibold">
                  {t("candidates.decision")}
                </th>
                {decisionCell(r)}
              </tr>
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="flex flex-col gap-4">
      {header}
      <CandidateFilters action="/candidates" rounds={data.rounds} round={round.code} versions={data.versions} version={version} region={region} />
      <div className="flex flex-wrap gap-2">
        <a className="btn-secondary" href={candidatesHref(q, "/candidates/csv")} download>
          {t("candidates.csv")}
        </a>
        <Link className="btn-secondary" href={region ? `/candidates/decisions?region=${region}` : "/candidates/decisions"}>
          {t("candidates.log")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="card">{t("candidates.empty")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading" className="text-lg font-semibold">
              {t("candidates.candidatesTitle", { n: candidates.length })}
            </h2>
            {candidates.length === 0 ? (
              <p className="mt-2">{t("candidates.noCandidates")}</p>
            ) : (
              <>
              {cards(shownCandidates, "candidate-cards")}
              <div className="mt-2 hidden overflow-x-auto md:block" tabIndex={0} role="region" aria-labelledby="candidates-heading">
                <table className="data-table" data-testid="candidates">
                  <thead>
                    <tr>
                      <th scope="col">{t("candidates.rank")}</th>
                      <th scope="col">{t("candidates.cluster")}</th>
                      <th scope="col">{t("candidates.criteria")}</th>
                      <th scope="col">{t("candidates.priority")}</th>
                      <th scope="col">{t("candidates.robustness")}</th>
                      <th scope="col">{t("candidates.decision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shownCandidates.map((r) => (
                      <tr key={r.code} data-code={r.code}>
                        <td className="text-lg font-bold">{r.rank}</td>
                        {clusterCell(r)}
                        <td>
                          <CriteriaList criteria={r.criteria} />
                        </td>
                        {priorityCell(r)}
                        {robustnessCell(r)}
                        {decisionCell(r)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <PageNav info={candidatesPage} label={t("candidates.candidatesPages")} href={pageHref("page")} />
              </>
            )}
          </section>
          {others.length > 0 && (
            <section className="card" aria-labelledby="others-heading">
              <h2 id="others-heading" className="text-lg font-semibold">
                {t("candidates.othersTitle", { n: others.length })}
              </h2>
              <p className="text-sm">{t("candidates.othersIntro")}</p>
              {cards(shownOthers, "non-candidate-cards")}
              <div className="mt-2 hidden overflow-x-auto md:block" tabIndex={0} role="region" aria-labelledby="others-heading">
                <table className="data-table" data-testid="non-candidates">
                  <thead>
                    <tr>
                      <th scope="col">{t("candidates.cluster")}</th>
                      <th scope="col">{t("candidates.fails")}</th>
                      <th scope="col">{t("candidates.criteria")}</th>
                      <th scope="col">{t("candidates.priority")}</th>
                      <th scope="col">{t("candidates.robustness")}</th>
                      <th scope="col">{t("candidates.decision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shownOthers.map((r) => (
                      <tr key={r.code} data-code={r.code}>
                        {clusterCell(r)}
                        <td className="font-semibold">{r.failed.join(", ")}</td>
                        <td>
                          <CriteriaList criteria={r.criteria} />
                        </td>
                        {priorityCell(r)}
                        {robustnessCell(r)}
                        {decisionCell(r)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <PageNav info={othersPage} label={t("candidates.othersPages")} href={pageHref("opage")} />
            </section>
          )}
        </>
      )}
      <p className="max-w-3xl text-xs text-slate-700">
        {t("candidates.method", {
          draws: formatNumber(rb.draws, l),
          spread: `${formatNumber(rb.spread * 100, l)} %`,
          seed: String(rb.seed),
          low: rb.percentiles.low,
          high: rb.percentiles.high,
          minShare: `${formatNumber(rb.minShare * 100, l)} %`,
          maxInterval: rb.maxInterval,
        })}
      </p>
      <p className="text-xs text-slate-600">{t("candidates.footnote", { round: round.code, rubric: version })}</p>
    </div>
  );
}
