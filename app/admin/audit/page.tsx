import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listAudit, listAuditActions } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

function show(value: unknown) {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 1);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string; action?: string }> }) {
  await requirePermission("audit:read", "/admin/audit");
  const sp = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const db = await getDb();
  const actions = await listAuditActions(db);
  const action = actions.includes(sp.action ?? "") ? sp.action : undefined;
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("audit"),
    getLocale(),
    listAudit(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, action }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `/admin/audit?page=${p}${action ? `&action=${encodeURIComponent(action)}` : ""}`;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form action="/admin/audit" className="card flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="action" className="label">
            {t("action")}
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className="field">
            <option value="">{t("allActions")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <button className="btn" type="submit">
          {t("filter")}
        </button>
      </form>
      <section className="card overflow-x-auto" tabIndex={0}>
        <p className="mb-2 text-sm">{t("count", { total, page, pages })}</p>
        <table className="data-table" data-testid="audit">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatDateTime(r.at, toLocale(locale))}</td>
                <td className="font-mono">{r.actorUsername ?? "—"}</td>
                <td className="font-mono">{r.action}</td>
                <td className="font-mono">
                  {r.entityType}
                  {r.entityId ? ` ${r.entityId}` : ""}
                </td>
                <td>
                  <pre className="max-w-xs whitespace-pre-wrap text-xs">{show(r.before)}</pre>
                </td>
                <td>
                  <pre className="max-w-xs whitespace-pre-wrap text-xs">{show(r.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav aria-label={t("pagination")} className="mt-3 flex gap-3 text-sm">
          {page > 1 && (
            <Link className="link" href={href(page - 1)}>
              {t("newer")}
            </Link>
          )}
          {page < pages && (
            <Link className="link" href={href(page + 1)}>
              {t("older")}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
