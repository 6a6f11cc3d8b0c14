import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listAudit, listAuditEntityTypes } from "@/db/queries/audit";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditQuery, parseAuditFilters } from "@/lib/audit/filters";
import { parsePage } from "@/lib/pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";

const PAGE_SIZE = 50;

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

function show(value: unknown) {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 1);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("audit:read", "/admin/audit");
  const sp = await searchParams;
  const filters = parseAuditFilters(sp);
  const page = parsePage(sp.page);
  const db = await getDb();
  const [t, locale, types, { rows, total }] = await Promise.all([
    getTranslations(),
    getLocale(),
    listAuditEntityTypes(db),
    listAudit(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, filters }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `/admin/audit${auditQuery(filters, p)}`;
  const actionLabel = (a: string) => (t.has(`auditActions.${a}`) ? t(`auditActions.${a}`) : a);
  const typeLabel = (type: string) => (t.has(`audit.types.${type}`) ? t(`audit.types.${type}`) : type);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("audit.appendOnly")}</p>
      <form action="/admin/audit" className="card grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="audit-filters">
        <div>
          <label htmlFor="actor" className="label">
            {t("audit.actor")}
          </label>
          <input id="actor" name="actor" defaultValue={filters.actor ?? ""} className="field w-full" autoComplete="off" />
        </div>
        <div>
          <label htmlFor="action" className="label">
            {t("audit.action")}
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className="field w-full">
            <option value="">{t("audit.allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="type" className="label">
            {t("audit.targetType")}
          </label>
          <select id="type" name="type" defaultValue={filters.entityType ?? ""} className="field w-full">
            <option value="">{t("audit.allTypes")}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="id" className="label">
            {t("audit.targetId")}
          </label>
          <input id="id" name="id" defaultValue={filters.entityId ?? ""} className="field w-full" autoComplete="off" />
        </div>
        <div>
          <label htmlFor="from" className="label">
            {t("audit.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className="field w-full" />
        </div>
        <div>
          <label htmlFor="to" className="label">
            {t("audit.to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className="field w-full" />
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
          <button className="btn" type="submit">
            {t("audit.filter")}
          </button>
          <Link className="link" href="/admin/audit">
            {t("audit.reset")}
          </Link>
          <a className="link" href={`/admin/audit/csv${auditQuery(filters)}`} download>
            {t("audit.downloadCsv")}
          </a>
        </div>
      </form>
      <section className="card overflow-x-auto" tabIndex={0} aria-label={t("audit.title")}>
        <p className="mb-2 text-sm" data-testid="audit-count">
          {t("audit.count", { total, page, pages })}
        </p>
        {rows.length === 0 ? (
          <p>{t("audit.empty")}</p>
        ) : (
          <table className="data-table" data-testid="audit">
            <thead>
              <tr>
                <th scope="col">{t("audit.when")}</th>
                <th scope="col">{t("audit.who")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.what")}</th>
                <th scope="col">{t("audit.before")}</th>
                <th scope="col">{t("audit.after")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td className="whitespace-nowrap">{formatDateTime(r.at, toLocale(locale))}</td>
                  <td className="font-mono">{r.actorUsername ?? "—"}</td>
                  <td>
                    {actionLabel(r.action)}
                    <span className="block font-mono text-xs text-slate-600">{r.action}</span>
                  </td>
                  <td>
                    {typeLabel(r.entityType)}
                    {r.entityId ? <span className="block font-mono text-xs">{r.entityId}</span> : null}
                  </td>
                  <td>
                    <pre className="max-w-xs whitespace-pre-wrap break-all text-xs">{show(r.before)}</pre>
                  </td>
                  <td>
                    <pre className="max-w-xs whitespace-pre-wrap break-all text-xs">{show(r.after)}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav aria-label={t("audit.pagination")} className="mt-3 flex gap-3 text-sm">
          {page > 1 && (
            <Link className="link" href={href(page - 1)}>
              {t("audit.newer")}
            </Link>
          )}
          {page < pages && (
            <Link className="link" href={href(page + 1)}>
              {t("audit.older")}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
