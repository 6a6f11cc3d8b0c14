import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageNav } from "@/components/ui/page-nav";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getReadDb } from "@/db/client";
import type { RankScore } from "@/db/queries/compare";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { RANK_UNITS, loadRanking, type RankQuery } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rank"))("title") };
}

const COLUMNS: RankScore[] = ["n", "readiness", "institution", "activity", "performance", "connectivity", "socialCapital", "policySupport"];

/** Ministry staff: every village (or regency…) of a round ranked by any stored score, sortable, as CSV too. */
export default async function RankPage({ searchParams }: { searchParams: Promise<RankQuery> }) {
  const user = await requirePermission("score:rank", "/compare/rank");
  const [t, locale, r] = await Promise.all([getTranslations(), getLocale(), searchParams.then(async (q) => loadRanking(await getReadDb(), user, q))]);
  const l = toLocale(locale);
  const href = (by: RankScore, dir: "asc" | "desc") =>
    `/compare/rank?${new URLSearchParams({ round: r.round?.code ?? "", unit: r.unit, by, dir }).toString()}`;
  const heading = (c: RankScore) => {
    if (c === "n") return "n";
    if (c === "readiness") return t("scores.readiness");
    if (c === "socialCapital") return t("scores.socialCapital");
    if (c === "policySupport") return t("scores.policySupport");
    return t(`scores.variables.${c}`);
  };
  const value = (c: RankScore, v: number | null) => (v === null ? "—" : c === "n" ? formatNumber(v, l) : c === "socialCapital" || c === "policySupport" ? formatNumber(v, l, 1) : formatNumber(v, l, 2));
  const csv = `/compare/rank/csv?${new URLSearchParams({ round: r.round?.code ?? "", unit: r.unit, by: r.by, dir: r.dir }).toString()}`;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("compare.title"), href: "/compare" }, { label: t("rank.title") }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("rank.title")}</h1>
      <p className="max-w-3xl">{t("rank.intro")}</p>
      {!r.round ? (
        <p className="card">{t("compare.noRounds")}</p>
      ) : (
        <>
          <form action="/compare/rank" className="card flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="round" className="label">
                {t("compare.round")}
              </label>
              <select id="round" name="round" defaultValue={r.round.code} className="field">
                {r.rounds.map((x) => (
                  <option key={x.code} value={x.code}>
                    {x.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="unit" className="label">
                {t("rank.unit")}
              </label>
              <select id="unit" name="unit" defaultValue={r.unit} className="field">
                {RANK_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`scores.units.${u}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="by" className="label">
                {t("rank.by")}
              </label>
              <select id="by" name="by" defaultValue={r.by} className="field">
                {COLUMNS.map((c) => (
                  <option key={c} value={c}>
                    {heading(c)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="dir" className="label">
                {t("rank.dir")}
              </label>
              <select id="dir" name="dir" defaultValue={r.dir} className="field">
                <option value="desc">{t("rank.desc")}</option>
                <option value="asc">{t("rank.asc")}</option>
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("compare.show")}
            </button>
            <a className="link" href={csv} download>
              {t("rank.csv")}
            </a>
          </form>
          <section className="card">
            {r.rows.length === 0 ? (
              <p>{t("rank.empty")}</p>
            ) : (
              <>
                <div className="relative mt-2 max-h-[70vh] overflow-auto" tabIndex={0} role="region" aria-label={t("rank.title")}>
                  <table className="data-table" data-testid="rank-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("rank.rankCol")}</th>
                        <th scope="col">{t("rank.name")}</th>
                        <th scope="col">{t("scores.stratum")}</th>
                        {COLUMNS.map((c) => {
                          const sorted = r.by === c;
                          const next = sorted && r.dir === "desc" ? "asc" : "desc";
                          return (
                            <th key={c} scope="col" aria-sort={sorted ? (r.dir === "desc" ? "descending" : "ascending") : undefined}>
                              <Link className="link" href={href(c, next)}>
                                {heading(c)}
                                {sorted && <span aria-hidden="true">{r.dir === "desc" ? " ↓" : " ↑"}</span>}
                              </Link>
                            </th>
                          );
                        })}
                      </tr>
                    </thead>
                    <tbody>
                      {r.rows.map((row, i) => (
                        <tr key={row.code}>
                          <td>{formatNumber(r.window.offset + i + 1, l)}</td>
                          <td>
                            <Link className="link" href={row.type === "cluster" ? `/scores/${encodeURIComponent(r.round!.code)}/cluster/${encodeURIComponent(row.code)}` : `/regions/${row.code}?round=${encodeURIComponent(r.round!.code)}`}>
                              {row.name}
                            </Link>{" "}
                            <span className="font-mono text-xs text-slate-600">{row.code}</span>
                          </td>
                          <td>
                            <StratumBadge stratum={row.stratum} label={row.stratum ? t(`scores.strata.${row.stratum}`) : t("scores.noData")} />
                          </td>
                          {COLUMNS.map((c) => (
                            <td key={c}>{value(c, row[c])}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <PageNav info={r.window} label={t("rank.pages")} href={(page) => `${href(r.by, r.dir)}&page=${page}`} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
