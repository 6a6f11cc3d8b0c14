import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getReadDb } from "@/db/client";
import { listEntryRegions, searchRegions } from "@/db/queries/regions";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("regions"))("title") };
}

export default async function RegionsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const q = ((await searchParams).q ?? "").slice(0, 100);
  const user = await requireUser(q ? `/regions?q=${encodeURIComponent(q)}` : "/regions");
  if (!can(user, "region:view")) notFound();
  const [t, db] = await Promise.all([getTranslations(), getReadDb()]);
  const hits = q.trim() ? await searchRegions(db, user, q) : null;
  const entries = hits ? [] : await listEntryRegions(db, user);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("regions.title")}</h1>
      <form role="search" action="/regions" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="label">
            {t("regions.searchLabel")}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="field" placeholder={t("regions.searchPlaceholder")} />
        </div>
        <button className="btn" type="submit">
          {t("regions.search")}
        </button>
      </form>

      {hits && (
        <section className="card" aria-labelledby="results">
          <h2 id="results" className="text-lg font-semibold">
            {t("regions.results", { count: hits.length, q })}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-2">{t("regions.noResults")}</p>
          ) : (
            <div className="mt-2 overflow-x-auto" tabIndex={0}>
              <table className="data-table" data-testid="search-results">
                <thead>
                  <tr>
                    <th scope="col">{t("regions.name")}</th>
                    <th scope="col">{t("regions.level")}</th>
                    <th scope="col">{t("regions.code")}</th>
                    <th scope="col">{t("regions.within")}</th>
                  </tr>
                </thead>
                <tbody>
                  {hits.map((r) => (
                    <tr key={r.code}>
                      <td>
                        <Link className="link" href={`/regions/${r.code}`}>
                          {r.name}
                        </Link>
                      </td>
                      <td>{t(`levels.${r.level}`)}</td>
                      <td className="font-mono">{r.code}</td>
                      <td>{[r.parentName, r.grandparentName].filter(Boolean).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {hits.length === 50 && <p className="mt-2 text-sm text-slate-600">{t("regions.limited")}</p>}
            </div>
          )}
        </section>
      )}

      {!hits && (
        <section className="card" aria-labelledby="entries">
          <h2 id="entries" className="text-lg font-semibold">
            {t("regions.browse")}
          </h2>
          {entries.length === 0 ? (
            <p className="mt-2">{t("home.noRegions")}</p>
          ) : (
            <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {entries.map((r) => (
                <li key={r.code}>
                  <Link className="link" href={`/regions/${r.code}`}>
                    {r.name}
                  </Link>{" "}
                  <span className="font-mono text-xs text-slate-600">{r.code}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
