import { defaultRound } from "@/lib/surveys/round-status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuadrantChart, type QuadrantPoint } from "@/components/charts/quadrant-chart";
import { getReadDb } from "@/db/client";
import { getRubricVersion, listSnapshotPoints, scoredVersions } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { quadrantOf, quadrantThresholds, QUADRANTS, type Quadrant } from "@/lib/candidates";
import { formatNumber } from "@/lib/format";
import { INTL_LOCALE, toLocale } from "@/lib/i18n/config";
import { isRegionCode } from "@/lib/regions/admin-units";
import { pageInfo, parsePage } from "@/lib/pagination";
import { PageNav } from "@/components/ui/page-nav";
import type { Rubric } from "@/lib/scoring/rubric";
import { CandidateFilters } from "../candidates/filters";

export const dynamic = "force-dynamic";

type Search = { round?: string; rubric?: string; region?: string; unit?: string; quadrant?: string; page?: string };
const UNITS = ["village", "cluster"] as const;
/** more points than this make a cloud nobody can read (and megabytes to send): the chart asks for a region instead */
const CHART_LIMIT = 2_000;

// colour-blind-safe (glossary palette) and a shape per quadrant, so colour never carries it alone
const STYLE: Record<Quadrant, { colour: string; shape: QuadrantPoint["shape"]; mark: string }> = {
  ready_supported: { colour: "#009E73", shape: "circle", mark: "●" },
  ready_unsupported: { colour: "#D55E00", shape: "triangle", mark: "▲" },
  supported_not_ready: { colour: "#0072B2", shape: "rect", mark: "■" },
  neither: { colour: "#999999", shape: "crossRot", mark: "✕" },
  no_data: { colour: "#D9D9D9", shape: "circle", mark: "○" },
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support"))("title") };
}

export default async function ReadinessSupportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const user = await requirePermission("survey:view", "/readiness-support");
  const db = await getReadDb();
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), listRounds(db, user)]);
  const l = toLocale(locale);
  const header = (
    <>
      <h1 className="text-2xl font-bold">{t("support.title")}</h1>
      <p className="max-w-3xl">{t("support.intro")}</p>
    </>
  );
  const round = rounds.find((r) => r.code === sp.round) ?? defaultRound(rounds);
  if (!round) {
    return (
      <div className="flex flex-col gap-4">
        {header}
        <p className="card">{t("candidates.noRounds")}</p>
      </div>
    );
  }
  const versions = await scoredVersions(db, round.id);
  const version = versions.find((v) => v === sp.rubric) ?? round.rubricVersion;
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;
  const unit = UNITS.find((u) => u === sp.unit) ?? "village";
  const [rubricRow, rows] = await Promise.all([getRubricVersion(db, version), listSnapshotPoints(db, user, { roundId: round.id, version, unitType: unit, regionCode: region })]);
  if (!rubricRow) notFound();
  const th = quadrantThresholds(rubricRow.definition as Rubric);
  const placed = rows.map((r) => ({ code: r.code, name: r.name, readiness: r.readiness, support: r.policySupport, quadrant: quadrantOf(th, { readiness: r.readiness, policySupport: r.policySupport }) }));
  const counts = Object.fromEntries([...QUADRANTS, "no_data"].map((q) => [q, placed.filter((p) => p.quadrant === q).length])) as Record<Quadrant, number>;
  const total = placed.length;
  const ready = counts.ready_supported + counts.ready_unsupported;
  const summary = t("support.summary", { ready, total, unsupported: counts.ready_unsupported });
  const href = (u: string, extra: Record<string, string> = {}) => {
    const p = new URLSearchParams({ round: round.code, rubric: version, unit: u, ...extra });
    if (region) p.set("region", region);
    return `/readiness-support?${p}`;
  };
  // the table: one quadrant when asked (the counts link to it), a page at a time
  const quadrant = [...QUADRANTS, "no_data" as const].find((q) => q === sp.quadrant);
  const listed = quadrant ? placed.filter((p) => p.quadrant === quadrant) : placed;
  const window = pageInfo(parsePage(sp.page), listed.length);
  const shown = listed.slice(window.offset, window.offset + window.size);
  const charted = placed.filter((p) => p.readiness !== null && p.support !== null);
  const unitHref = (code: string) =>
    unit === "cluster" ? `/candidates/${encodeURIComponent(round.code)}/${encodeURIComponent(code)}?rubric=${encodeURIComponent(version)}` : `/regions/${code}?round=${encodeURIComponent(round.code)}`;

  return (
    <div className="flex flex-col gap-4">
      {header}
      <CandidateFilters action="/readiness-support" rounds={rounds} round={round.code} versions={[...new Set([round.rubricVersion, ...versions])]} version={version} region={region} />
      <nav aria-label={t("support.unit")} className="flex flex-wrap gap-2">
        {UNITS.map((u) => (
          <Link key={u} href={href(u)} aria-current={u === unit ? "page" : undefined} className={u === unit ? "btn" : "btn-secondary"}>
            {t(`support.units.${u}`)}
          </Link>
        ))}
      </nav>
      <p className="max-w-3xl text-sm" data-testid="thresholds">
        {t("support.thresholds", { readiness: formatNumber(th.readiness, l, 2), support: formatNumber(th.support, l) })}
      </p>
      {total === 0 ? (
        <p className="card">{t("support.empty")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="chart-heading">
            <h2 id="chart-heading" className="text-lg font-semibold">
              {t("support.chartTitle", { n: counts.ready_unsupported, total })}
            </h2>
            <p className="mt-1" data-testid="support-summary">
              {summary}
            </p>
            <div className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-[2fr_1fr]">
              {/* min-w-0: a grid item would otherwise keep the canvas's drawn width when the screen narrows */}
              <div className="min-w-0">
              {charted.length > CHART_LIMIT ? (
                <p className="rounded border border-slate-300 p-3" data-testid="chart-too-many">
                  {t("support.chartTooMany", { n: formatNumber(charted.length, l) })}
                </p>
              ) : (
                <QuadrantChart
                  points={charted.map((p) => ({ label: p.name, x: p.readiness as number, y: p.support as number, colour: STYLE[p.quadrant].colour, shape: STYLE[p.quadrant].shape }))}
                  thresholds={{ x: th.readiness, y: th.support }}
                  axes={{ x: t("support.readiness"), y: t("support.policySupport") }}
                  ariaLabel={summary}
                  intlLocale={INTL_LOCALE[l]}
                />
              )}
              </div>
              <table className="data-table self-start" data-testid="quadrant-counts">
                <thead>
                  <tr>
                    <th scope="col">{t("support.quadrantHeader")}</th>
                    <th scope="col">{t("support.count")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...QUADRANTS, "no_data" as const].map((q) => (
                    <tr key={q} data-quadrant={q}>
                      <td>
                        <span aria-hidden="true" style={{ color: STYLE[q].colour }}>
                          {STYLE[q].mark}
                        </span>{" "}
                        <Link className="link" href={href(unit, { quadrant: q })} aria-current={q === quadrant ? "true" : undefined}>
                          {t(`support.quadrant.${q}`)}
                        </Link>
                      </td>
                      <td>{formatNumber(counts[q], l)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="table-heading">
            <h2 id="table-heading" className="text-lg font-semibold">
              {quadrant ? t("support.tableOf", { quadrant: t(`support.quadrant.${quadrant}`) }) : t("support.table")}
            </h2>
            {quadrant && (
              <p className="mt-1 text-sm">
                <Link className="link" href={href(unit)}>
                  {t("support.allQuadrants")}
                </Link>
              </p>
            )}
            <table className="data-table mt-2" data-testid="quadrant-table">
              <thead>
                <tr>
                  <th scope="col">{t("support.name")}</th>
                  <th scope="col">{t("support.readiness")}</th>
                  <th scope="col">{t("support.policySupport")}</th>
                  <th scope="col">{t("support.quadrantHeader")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.code} data-code={p.code} data-quadrant={p.quadrant}>
                    <td>
                      <Link className="link" href={unitHref(p.code)}>
                        {p.name}
                      </Link>
                      <div className="font-mono text-xs text-slate-600">{p.code}</div>
                    </td>
                    <td>{p.readiness === null ? t("scores.noData") : formatNumber(p.readiness, l, 2)}</td>
                    <td>{p.support === null ? t("scores.noData") : formatNumber(p.support, l, 1)}</td>
                    <td>
                      <span aria-hidden="true" style={{ color: STYLE[p.quadrant].colour }}>
                        {STYLE[p.quadrant].mark}
                      </span>{" "}
                      {t(`support.quadrant.${p.quadrant}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <PageNav info={window} label={t("support.pages")} href={(page) => href(unit, { ...(quadrant ? { quadrant } : {}), page: String(page) })} />
          </section>
        </>
      )}
      <p className="text-xs text-slate-600">{t("candidates.footnote", { round: round.code, rubric: version })}</p>
    </div>
  );
}
