import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegionPicker } from "@/components/forms/region-picker";
import { regionPickerTexts } from "@/components/forms/region-picker-texts";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { RoundStatusForms } from "@/components/forms/round-status-form";
import { OriginBadge } from "@/components/ui/origin-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDb } from "@/db/client";
import { Pager } from "@/components/ui/pager";
import { pagerTexts } from "@/components/ui/pager-texts";
import { SortHeader } from "@/components/ui/sort-header";
import { CLUSTER_SORTS, countClusters, getRoundInScope, listClusters, listImports } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { changeRoundAction } from "./actions";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { pageInfo, pageLinks, PAGE_SIZE, parseDir, parsePage, parseSort, sortHref } from "@/lib/pagination";
import type { RoundProvenance } from "@/lib/surveys/provenance";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ imported?: string; page?: string; sort?: string; dir?: string }> };

// Agrees with the page on "not found": otherwise the page's title replaces the not-found one.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = (await params).code;
  const user = await getCurrentUser();
  if (!user) return { title: code }; // the page sends her to sign-in
  const round = can(user, "survey:view") ? await getRoundInScope(await getDb(), user, code) : null;
  if (!round) notFound();
  return { title: round.name };
}

export default async function RoundPage({ params, searchParams }: Props) {
  const code = (await params).code;
  const user = await requirePermission("survey:view", `/data/rounds/${encodeURIComponent(code)}`);
  const db = await getDb();
  const round = await getRoundInScope(db, user, code);
  if (!round) notFound();
  const sp = await searchParams;
  const sort = parseSort(sp.sort, CLUSTER_SORTS, "code");
  const dir = parseDir(sp.dir);
  const [t, locale, clusterTotal, history] = await Promise.all([getTranslations(), getLocale(), countClusters(db, user, round.id), listImports(db, user, round.id)]);
  const info = pageInfo(parsePage(sp.page), clusterTotal);
  const clusterRows = clusterTotal > 0 ? await listClusters(db, user, round.id, { sort, dir, offset: info.offset, limit: PAGE_SIZE }) : [];
  const l = toLocale(locale);
  const provenance = round.provenance as RoundProvenance | null;
  const base = `/data/rounds/${encodeURIComponent(round.code)}`;
  // the clusters' page and order, without the one-off "imported" notice
  const query = { sort: sp.sort ? sort : undefined, dir: sp.dir ? dir : undefined, page: sp.page };
  const links = pageLinks(base, query, info);
  const header = (key: (typeof CLUSTER_SORTS)[number], label: string) => (
    <SortHeader label={label} sorted={sort === key ? dir : null} href={`${sortHref(base, query, key, sort === key && dir === "asc" ? "desc" : "asc")}#clusters`} />
  );

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("data.title"), href: "/data" }, { label: round.name }]} label={t("regions.breadcrumb")} />
      {sp.imported && (
        <p role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("import.done")}
        </p>
      )}
      <header className="card">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{round.name}</h1>
          <OriginBadge origin={round.origin} label={t(`origin.${round.origin}`)} />
          <StatusBadge status={round.status} label={t(`roundStatus.${round.status}`)} />
        </div>
        {round.status === "draft" && <p className="mt-2 text-sm">{t("roundStatus.draftNote")}</p>}
        {round.statusReason && <p className="mt-2 text-sm">{t("roundStatus.reasonShown", { reason: round.statusReason })}</p>}
        {round.supersededBy && <p className="mt-2 text-sm">{t("roundStatus.supersededBy", { code: round.supersededBy })}</p>}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("data.code")}</dt>
          <dd className="font-mono">{round.code}</dd>
          <dt className="font-medium">{t("data.period")}</dt>
          <dd>
            {round.periodStart ? formatDate(round.periodStart, l) : "—"} – {round.periodEnd ? formatDate(round.periodEnd, l) : "—"}
            {!round.periodEnd && (
              <span className="ml-2 font-semibold text-red-800" data-testid="no-end-date">
                {t("scores.noPktdYear")}
              </span>
            )}
          </dd>
          <dt className="font-medium">{t("data.region")}</dt>
          <dd>
            {round.regionCode ? (
              <Link className="link font-mono" href={`/regions/${round.regionCode}`}>
                {round.regionCode}
              </Link>
            ) : (
              "—"
            )}
          </dd>
          <dt className="font-medium">{t("data.source")}</dt>
          <dd>{round.source}</dd>
          <dt className="font-medium">{t("data.licence")}</dt>
          <dd>{round.licence}</dd>
          <dt className="font-medium">{t("data.rubric")}</dt>
          <dd className="font-mono">{round.rubricVersion}</dd>
        </dl>
        <div className="mt-3 flex flex-wrap gap-2">
          <a className="btn-secondary" href={`${base}/export`} download>
            {t("data.exportCsv")}
          </a>
          <a className="btn-secondary" href={`${base}/export?file=clusters`} download>
            {t("data.exportClustersCsv")}
          </a>
          <Link className="btn-secondary" href={`${base}/quality`}>
            {t("quality.title")}
          </Link>
        </div>
        <form action={`${base}/export`} method="get" className="mt-3 flex flex-wrap items-end gap-2">
          <div className="min-w-64">
            <RegionPicker id="export-region" name="region" initial={null} texts={await regionPickerTexts("export")} required />
          </div>
          <button type="submit" className="btn-secondary">
            {t("data.exportRegionButton")}
          </button>
        </form>
        {can(user, "survey:import") && (user.role === "administrator" || round.createdBy === user.id) && (
          <RoundStatusForms action={changeRoundAction} code={round.code} status={round.status} />
        )}
      </header>

      {provenance && (
        <section className="card" aria-labelledby="provenance" data-testid="provenance">
          <h2 id="provenance" className="text-lg font-semibold">
            {t("data.provenance")}
          </h2>
          <p className="mt-2 text-sm">{provenance.method[l]}</p>
          <p className="mt-2 text-sm">
            <OriginBadge origin="reconstruction" label={t("origin.reconstruction")} /> {provenance.reconstructedFields.join(", ")}
          </p>
          <p className="mt-2 text-sm">
            <OriginBadge origin="illustration" label={t("origin.illustration")} /> {provenance.illustrativeFields.join(", ")}
          </p>
          {provenance.assumptions.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {provenance.assumptions.map((a, i) => (
                <li key={i}>{a[l]}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="clusters">
        <h2 id="clusters" className="mb-2 text-lg font-semibold">
          {t("data.clustersOf", { count: formatNumber(clusterTotal, l) })}
        </h2>
        {clusterRows.length === 0 ? (
          <p>{t("data.noClusters")}</p>
        ) : (
          <>
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="clusters">
              <table className="data-table" data-testid="clusters">
                <thead>
                  <tr>
                    {header("code", t("data.cluster"))}
                    {header("village", t("data.village"))}
                    <th scope="col">{t("data.product")}</th>
                    <th scope="col">{t("data.members")}</th>
                  </tr>
                </thead>
                <tbody>
                  {clusterRows.map((c) => (
                    <tr key={c.code}>
                      <td>
                        {c.name}
                        <div className="font-mono text-xs text-slate-600">{c.code}</div>
                      </td>
                      <td>
                        <Link className="link" href={`/regions/${c.villageCode}`}>
                          {c.villageName}
                        </Link>
                      </td>
                      <td>{c.product ?? "—"}</td>
                      <td>{formatNumber(c.members, l)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager texts={await pagerTexts(info, t("data.clusterPages"))} prev={links.prev && `${links.prev}#clusters`} next={links.next && `${links.next}#clusters`} />
          </>
        )}
      </section>

      <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          {t("data.history")}
        </h2>
        <table className="data-table" data-testid="import-history">
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("import.file")}</th>
              <th scope="col">{t("import.kind")}</th>
              <th scope="col">{t("data.counts")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => {
              const c = h.counts as Record<string, number>;
              return (
                <tr key={h.id}>
                  <td className="whitespace-nowrap">{formatDateTime(h.at, l)}</td>
                  <td className="font-mono">{h.actorUsername}</td>
                  <td>
                    {h.fileName}
                    <div className="font-mono text-xs text-slate-600" title={h.fileSha256}>
                      sha256 {h.fileSha256.slice(0, 12)}…
                    </div>
                  </td>
                  <td>{t(`import.kinds.${h.kind}`)}</td>
                  <td>{t("data.countsText", { new: c.new ?? 0, changed: c.changed ?? 0, unchanged: c.unchanged ?? 0, rejected: c.rejected ?? 0 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
