import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { OriginBadge } from "@/components/ui/origin-badge";
import { RegionPicker } from "@/components/forms/region-picker";
import { regionPickerTexts } from "@/components/forms/region-picker-texts";
import { Pager } from "@/components/ui/pager";
import { pagerTexts } from "@/components/ui/pager-texts";
import { RuleMarks } from "@/components/ui/rule-marks";
import { SortHeader } from "@/components/ui/sort-header";
import { getDb } from "@/db/client";
import { regionOption } from "@/db/queries/regions";
import { getRubricVersion } from "@/db/queries/scores";
import { countPktd, listPktd, PKTD_SORTS, pktdYears, type PktdFilter } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatNumber, formatRupiah } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { pageInfo, pageLinks, PAGE_SIZE, parseDir, parsePage, parseSort, sortHref } from "@/lib/pagination";
import { isRegionCode } from "@/lib/regions/admin-units";
import { checkPktd, RULE_IDS } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import { RUBRIC_V1 } from "@/lib/scoring/rubric-v1";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("data"))("pktdTitle") };
}

type Pktd = Record<string, number | string | null>;
type Search = { imported?: string; region?: string; year?: string; page?: string; sort?: string; dir?: string };

export default async function PktdPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("survey:view", "/data/pktd");
  const db = await getDb();
  const sp = await searchParams;
  // the filter narrows the actor's own regions (listPktd ANDs it with her scope), never widens them
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;
  const year = sp.year && /^\d{4}$/.test(sp.year) ? Number(sp.year) : undefined;
  const filter: PktdFilter = { region, year };
  const sort = parseSort(sp.sort, PKTD_SORTS, "village");
  const dir = parseDir(sp.dir);
  const [t, locale, total, years, rubricRow, regionChoice, pickerTexts] = await Promise.all([
    getTranslations(),
    getLocale(),
    countPktd(db, user, filter),
    pktdYears(db, user),
    getRubricVersion(db, RUBRIC_V1.version),
    regionOption(db, user, region),
    regionPickerTexts("filter"),
  ]);
  const info = pageInfo(parsePage(sp.page), total);
  const records = total > 0 ? await listPktd(db, user, filter, { sort, dir, offset: info.offset, limit: PAGE_SIZE }) : [];
  // the list's address without the one-off "imported" notice
  const query = { region, year: year?.toString(), sort: sp.sort ? sort : undefined, dir: sp.dir ? dir : undefined, page: sp.page };
  const links = pageLinks("/data/pktd", query, info);
  const header = (key: (typeof PKTD_SORTS)[number], label: string) => (
    <SortHeader label={label} sorted={sort === key ? dir : null} href={sortHref("/data/pktd", query, key, sort === key && dir === "asc" ? "desc" : "asc")} />
  );
  const filtered = region !== undefined || year !== undefined;
  // the rules' thresholds of the default rubric; each round's own rubric applies on the profiles
  const rubric = (rubricRow?.definition as Rubric | undefined) ?? RUBRIC_V1;
  const l = toLocale(locale);
  const share = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" && b > 0 ? `${formatNumber((100 * a) / b, l, 1)} %` : "—");
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("data.title"), href: "/data" }, { label: t("data.pktdTitle") }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("data.pktdTitle")}</h1>
      {sp.imported && (
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
      <form action="/data/pktd" className="card flex flex-wrap items-end gap-3" data-testid="pktd-filter">
        <div className="min-w-64">
          <RegionPicker id="region" name="region" initial={regionChoice} texts={pickerTexts} />
        </div>
        <div>
          <label htmlFor="year" className="label">
            {t("data.year")}
          </label>
          <select id="year" name="year" defaultValue={year?.toString() ?? ""} className="field">
            <option value="">{t("data.allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {sp.sort && <input type="hidden" name="sort" value={sort} />}
        {sp.dir && <input type="hidden" name="dir" value={dir} />}
        <button className="btn" type="submit">
          {t("data.filterShow")}
        </button>
      </form>
      <section className="card" aria-labelledby="pktd-heading">
        <h2 id="pktd-heading" className="sr-only">
          {t("data.pktdTitle")}
        </h2>
        {records.length === 0 ? (
          filtered ? (
            <p data-testid="pktd-no-match">{t("data.pktdNoMatch")}</p>
          ) : (
            <EmptyState className="" why={t("data.noPktd")} step={nextStepFor(user, "pktd")} />
          )
        ) : (
          <>
            <p className="mb-2 text-xs text-slate-700" data-testid="rule-legend">
              {RULE_IDS.map((rule) => `${rule} ${t(`scores.rules.${rule}`)}`).join(" · ")}
            </p>
            <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="pktd-heading">
              <table className="data-table" data-testid="pktd">
                <thead>
                  <tr>
                    {header("village", t("data.village"))}
                    {header("year", t("data.year"))}
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
                          <RuleMarks
                            rules={RULE_IDS.map((rule) => ({ id: rule, status: check.rules[rule] }))}
                            sentence={RULE_IDS.map((rule) => `${rule} ${t(`scores.status.${check.rules[rule]}`)}`).join(", ")}
                          />
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
            </div>
            <Pager texts={await pagerTexts(info, t("data.pktdPages"))} prev={links.prev} next={links.next} />
          </>
        )}
      </section>
    </div>
  );
}
