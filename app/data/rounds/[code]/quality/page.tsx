import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pager } from "@/components/ui/pager";
import { pagerTexts } from "@/components/ui/pager-texts";
import { SortHeader } from "@/components/ui/sort-header";
import { getDb } from "@/db/client";
import { qualityIssuePage, qualityOverview, respondentCountPage, type CountSort } from "@/db/queries/quality";
import { getRoundInScope } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { pageInfo, pageLinks, PAGE_SIZE, parseDir, parsePage, parseSort, sortHref, type PageInfo } from "@/lib/pagination";
import type { RoundProvenance } from "@/lib/surveys/provenance";

/** Each list of the page has its own page (and the two count lists their order) in the URL. */
type Search = Partial<Record<"patternPage" | "duplicatesPage" | "villagesPage" | "villagesSort" | "villagesDir" | "clustersPage" | "clustersSort" | "clustersDir", string>>;
type Props = { params: Promise<{ code: string }>; searchParams: Promise<Search> };

const COUNT_SORTS: readonly CountSort[] = ["code", "n"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // agrees with the page on "not found" (once signed in), or its title would replace the not-found one
  const user = await getCurrentUser();
  if (user && !(can(user, "survey:view") && (await getRoundInScope(await getDb(), user, (await params).code)))) notFound();
  return { title: (await getTranslations("quality"))("title") };
}

export default async function QualityPage({ params, searchParams }: Props) {
  const code = (await params).code;
  const user = await requirePermission("survey:view", `/data/rounds/${encodeURIComponent(code)}/quality`);
  const db = await getDb();
  const round = await getRoundInScope(db, user, code);
  if (!round) notFound();
  const sp = await searchParams;
  // stored per regency by the rescore (services/quality.ts): nothing here reads respondents' answers
  const [t, locale, overview] = await Promise.all([getTranslations(), getLocale(), qualityOverview(db, user, round.id)]);
  const l = toLocale(locale);
  const base = `/data/rounds/${encodeURIComponent(round.code)}/quality`;
  const pattern = pageInfo(parsePage(sp.patternPage), overview.outOfPattern);
  const dups = pageInfo(parsePage(sp.duplicatesPage), overview.duplicates);
  const villages = { info: pageInfo(parsePage(sp.villagesPage), overview.villages), sort: parseSort(sp.villagesSort, COUNT_SORTS, "code"), dir: parseDir(sp.villagesDir) };
  const clusters = { info: pageInfo(parsePage(sp.clustersPage), overview.clusters), sort: parseSort(sp.clustersSort, COUNT_SORTS, "code"), dir: parseDir(sp.clustersDir) };
  const page = (info: PageInfo) => ({ offset: info.offset, limit: PAGE_SIZE });
  const [patternRows, dupRows, villageRows, clusterRows] = await Promise.all([
    pattern.total ? qualityIssuePage(db, user, round.id, "out_of_pattern", page(pattern)) : [],
    dups.total ? qualityIssuePage(db, user, round.id, "duplicate", page(dups)) : [],
    villages.info.total ? respondentCountPage(db, user, round.id, "village", { ...page(villages.info), sort: villages.sort, dir: villages.dir }) : [],
    clusters.info.total ? respondentCountPage(db, user, round.id, "cluster", { ...page(clusters.info), sort: clusters.sort, dir: clusters.dir }) : [],
  ]);
  const label = (name: string) => RESPONDENT_FIELDS.find((f) => f.name === name)?.label[l] ?? name;
  const pct = (n: number) => (overview.n ? formatNumber((100 * n) / overview.n, l, 1) : "0");
  const tables = (round.provenance as RoundProvenance | null)?.tables.filter((x) => x.issues.length > 0) ?? [];
  // each pager and sortable header keeps the other lists where they are, and returns to its own section
  const pager = async (info: PageInfo, key: keyof Search, anchor: string, name: string) => {
    const links = pageLinks(base, sp, info, key);
    return <Pager testId={`${anchor}-pager`} texts={await pagerTexts(info, name)} prev={links.prev && `${links.prev}#${anchor}`} next={links.next && `${links.next}#${anchor}`} />;
  };
  const header = (list: "villages" | "clusters", key: CountSort, text: string, anchor: string) => {
    const { sort, dir } = list === "villages" ? villages : clusters;
    const keys = { sort: `${list}Sort`, dir: `${list}Dir`, page: `${list}Page` };
    // counts read best largest first; codes in their order
    const next = sort === key ? (dir === "asc" ? "desc" : "asc") : key === "n" ? "desc" : "asc";
    return <SortHeader label={text} sorted={sort === key ? dir : null} href={`${sortHref(base, sp, key, next, keys)}#${anchor}`} />;
  };

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[{ label: t("data.title"), href: "/data" }, { label: round.name, href: `/data/rounds/${encodeURIComponent(round.code)}` }, { label: t("quality.title") }]}
        label={t("regions.breadcrumb")}
      />
      <h1 className="text-2xl font-bold">
        {t("quality.title")}: {round.name}
      </h1>
      {!overview.stored && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-900" data-testid="quality-not-stored">
          {t("quality.notStored")}
        </p>
      )}
      <p>{t("quality.scope", { n: formatNumber(overview.n, l) })}</p>

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
            {RESPONDENT_FIELDS.map((f) => {
              const missing = overview.missing.get(f.name) ?? 0;
              return (
                <tr key={f.name}>
                  <td>
                    <span className="font-mono">{f.name}</span>
                    <div className="text-xs text-slate-600">{label(f.name)}</div>
                  </td>
                  <td>{f.required ? t("quality.yes") : t("quality.no")}</td>
                  <td>{formatNumber(missing, l)}</td>
                  <td>{pct(missing)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="pattern">
        <h2 id="pattern" className="text-lg font-semibold">
          {t("quality.outOfPattern", { count: formatNumber(overview.outOfPattern, l) })}
        </h2>
        {patternRows.length === 0 ? (
          <p className="mt-1 text-sm">{t("quality.noneFound")}</p>
        ) : (
          <>
            <ul className="mt-2 list-disc break-words pl-5 text-sm" data-testid="out-of-pattern">
              {patternRows.map((o, i) => (
                <li key={i}>{t(`quality.rule.${o.rule as "code" | "range" | "permit_type"}`, { id: o.respondentId, field: o.field ?? "", value: o.value ?? "" })}</li>
              ))}
            </ul>
            {await pager(pattern, "patternPage", "pattern", t("quality.patternPages"))}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="dups">
        <h2 id="dups" className="text-lg font-semibold">
          {t("quality.duplicates", { count: formatNumber(overview.duplicates, l) })}
        </h2>
        <p className="mt-1 text-sm">{t("quality.duplicatesExplain")}</p>
        {dupRows.length > 0 && (
          <>
            <ul className="mt-2 list-disc break-words pl-5 text-sm" data-testid="duplicates">
              {dupRows.map((d) => (
                <li key={d.respondentId}>{(d.respondentIds ?? [d.respondentId]).join(", ")}</li>
              ))}
            </ul>
            {await pager(dups, "duplicatesPage", "dups", t("quality.duplicatePages"))}
          </>
        )}
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="per-village">
          <h2 id="per-village" className="mb-2 text-lg font-semibold">
            {t("quality.perVillage")}
          </h2>
          <table className="data-table" data-testid="per-village">
            <thead>
              <tr>
                {header("villages", "code", t("data.village"), "per-village")}
                {header("villages", "n", t("data.respondents"), "per-village")}
              </tr>
            </thead>
            <tbody>
              {villageRows.map((v) => (
                <tr key={v.code}>
                  <td className="font-mono">{v.code}</td>
                  <td>{formatNumber(v.n, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {villages.info.total > 0 && (await pager(villages.info, "villagesPage", "per-village", t("quality.villagePages")))}
        </section>
        <section className="card" aria-labelledby="per-cluster">
          <h2 id="per-cluster" className="mb-2 text-lg font-semibold">
            {t("quality.perCluster")}
          </h2>
          <table className="data-table" data-testid="per-cluster">
            <thead>
              <tr>
                {header("clusters", "code", t("data.cluster"), "per-cluster")}
                {header("clusters", "n", t("data.respondents"), "per-cluster")}
              </tr>
            </thead>
            <tbody>
              {clusterRows.map((c) => (
                <tr key={c.code ?? "-"}>
                  <td className="font-mono">{c.code ?? t("quality.noCluster")}</td>
                  <td>{formatNumber(c.n, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {clusters.info.total > 0 && (await pager(clusters.info, "clustersPage", "per-cluster", t("quality.clusterPages")))}
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
