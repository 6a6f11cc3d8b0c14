import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CompareChart } from "@/components/charts/compare-charts";
import { StratumBadge } from "@/components/ui/stratum-badge";
import type { CompareRow, RowGroup } from "@/lib/compare/rows";
import { chartSummary } from "@/lib/compare/summary";
import { formatNumber } from "@/lib/format";
import { INTL_LOCALE, toLocale } from "@/lib/i18n/config";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";

export type ComparisonUnit = { type: string; code: string; name: string; href: string };

const GROUPS: RowGroup[] = ["summary", "variables", "indicators", "ir", "social", "policy"];

/** The side-by-side table, the grouped bar and radar charts of the four variables, and the sentence that sums them up. */
export async function Comparison({ units, rows, source }: { units: ComparisonUnit[]; rows: CompareRow[]; source: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const label = (id: string): string => {
    if (id.startsWith("variable.")) return t(`scores.variables.${id.slice(9)}`);
    if (id.startsWith("indicator.")) {
      const name = id.slice(10);
      return RESPONDENT_FIELDS.find((f) => f.name === name)?.label[l] ?? t("compare.rows.unit_size");
    }
    if (id.startsWith("ir.")) return t(`scores.ir.${id.slice(3)}`);
    if (id.startsWith("social.") && id !== "social.index") return t(`scores.elements.${id.slice(7)}`);
    return t(`compare.rows.${id.replace(".", "_")}`);
  };
  const show = (row: CompareRow, v: number | string | null) => {
    if (v === null) return t("scores.noData");
    if (row.format === "stratum") return null;
    const x = Number(v);
    if (row.format === "score") return formatNumber(x, l, 2);
    if (row.format === "index") return formatNumber(x, l, 1);
    if (row.format === "share") return `${formatNumber(100 * x, l, 1)} %`;
    return formatNumber(x, l);
  };
  const variables = rows.filter((r) => r.group === "variables");
  const axes = variables.map((r) => label(r.id));
  const series = units.map((u, i) => ({ label: u.name, values: variables.map((r) => (typeof r.values[i] === "number" ? (r.values[i] as number) : null)) }));
  const facts = chartSummary(rows);
  const sentence =
    facts === null
      ? t("compare.needTwo")
      : facts.kind === "equal"
        ? t("compare.chartSummaryEqual", { value: formatNumber(facts.value, l, 2) })
        : t("compare.chartSummary", {
            best: units[facts.best]!.name,
            bestValue: formatNumber(facts.bestValue, l, 2),
            worst: units[facts.worst]!.name,
            worstValue: formatNumber(facts.worstValue, l, 2),
            variable: t(`scores.variables.${facts.variable}`),
            gap: formatNumber(facts.gap, l, 2),
          });

  return (
    <>
      <section className="card" aria-labelledby="compare-table">
        <h2 id="compare-table" className="text-lg font-semibold">
          {t("compare.tableTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("compare.legend")}</p>
        <div className="relative mt-2 max-h-[70vh] overflow-auto" tabIndex={0} role="region" aria-labelledby="compare-table">
          <table className="data-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t("compare.row")}</th>
                {units.map((u) => (
                  <th key={`${u.type}:${u.code}`} scope="col" className="min-w-32">
                    <Link className="link" href={u.href}>
                      {u.name}
                    </Link>
                    <div className="text-xs font-normal text-slate-600">
                      {t(`scores.units.${u.type}`)} · <span className="font-mono">{u.code}</span>
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            {GROUPS.map((g) => (
              <tbody key={g}>
                <tr>
                  <th scope="colgroup" colSpan={units.length + 1} className="bg-slate-100 text-left">
                    {t(`compare.groups.${g}`)}
                  </th>
                </tr>
                {rows
                  .filter((r) => r.group === g)
                  .map((r) => (
                    <tr key={r.id} data-row={r.id}>
                      <th scope="row" className="text-left font-normal">
                        {label(r.id)}
                      </th>
                      {r.values.map((v, i) => {
                        const best = r.best.includes(i);
                        const worst = r.worst.includes(i);
                        return (
                          <td key={i} data-mark={best ? "best" : worst ? "worst" : undefined} className={best ? "font-bold" : undefined}>
                            {r.format === "stratum" ? (
                              <StratumBadge stratum={(v as "sentra" | "rintisan" | "matang" | null) ?? null} label={v ? t(`scores.strata.${v}`) : t("scores.noData")} />
                            ) : (
                              show(r, v)
                            )}
                            {r.n && r.n[i] !== null && r.format !== "count" && <span className="text-xs text-slate-600"> (n = {formatNumber(r.n[i]!, l)})</span>}
                            {best && (
                              <span className="ml-1" title={t("compare.best")}>
                                <span aria-hidden="true">▲</span>
                                <span className="sr-only">{t("compare.best")}</span>
                              </span>
                            )}
                            {worst && (
                              <span className="ml-1" title={t("compare.worst")}>
                                <span aria-hidden="true">▼</span>
                                <span className="sr-only">{t("compare.worst")}</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
        <p className="mt-2 text-xs text-slate-600">{source}</p>
      </section>

      <section className="card" aria-labelledby="compare-charts">
        <h2 id="compare-charts" className="text-lg font-semibold">
          {t("compare.chartTitle")}
        </h2>
        <p className="mt-1" data-testid="chart-summary">
          {sentence}
        </p>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <figure className="min-w-0">
            <figcaption className="text-sm font-medium">{t("compare.barChart")}</figcaption>
            <CompareChart kind="bar" axes={axes} series={series} ariaLabel={`${t("compare.barChart")}: ${sentence}`} intlLocale={INTL_LOCALE[l]} />
          </figure>
          <figure className="min-w-0">
            <figcaption className="text-sm font-medium">{t("compare.radarChart")}</figcaption>
            <CompareChart kind="radar" axes={axes} series={series} ariaLabel={`${t("compare.radarChart")}: ${sentence}`} intlLocale={INTL_LOCALE[l]} />
          </figure>
        </div>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">{t("compare.chartTable")}</summary>
          <div className="relative mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("compare.chartTable")}>
            <table className="data-table" data-testid="chart-table">
              <thead>
                <tr>
                  <th scope="col">{t("scores.variable")}</th>
                  {units.map((u) => (
                    <th key={`${u.type}:${u.code}`} scope="col">
                      {u.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {variables.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="text-left font-normal">
                      {label(r.id)}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i}>{show(r, v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
    </>
  );
}
