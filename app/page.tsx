import { defaultRound } from "@/lib/surveys/round-status";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getReadDb } from "@/db/client";
import { countDescendants, listEntryRegions } from "@/db/queries/regions";
import { listRounds } from "@/db/queries/surveys";
import { hasNationalScope } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/config";
import { AdminDashboard, MinistryDashboard, ResearcherDashboard } from "./_home/national";
import { OfficialDashboard } from "./_home/official";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, user, locale] = await Promise.all([getTranslations("home"), getCurrentUser(), getLocale()]);
  const intro = (
    <section className="card max-w-3xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro1")}</p>
      <p className="mt-2">{t("intro2")}</p>
    </section>
  );
  if (!user) {
    return (
      <div className="flex flex-col gap-4">
        {intro}
        <p className="flex flex-wrap gap-2">
          <Link href="/sign-in" className="btn">
            {t("signInCta")}
          </Link>
          <Link href="/public" className="btn-secondary">
            {t("publicCta")}
          </Link>
        </p>
      </div>
    );
  }

  const db = await getReadDb();
  const entries = await listEntryRegions(db, user);
  const national = hasNationalScope(user);
  const [counts, rounds, td] = await Promise.all([
    national ? [] : Promise.all(entries.map((r) => countDescendants(db, user, r.code))),
    listRounds(db, user),
    getTranslations("dashboard"),
  ]);
  const n = (v: number | undefined) => formatNumber(v ?? 0, toLocale(locale));

  const dashboard =
    user.role === "administrator" ? (
      <AdminDashboard />
    ) : user.role === "researcher" ? (
      <ResearcherDashboard user={user} rounds={rounds} />
    ) : user.role === "ministry_staff" ? (
      <MinistryDashboard user={user} rounds={rounds} />
    ) : defaultRound(rounds) ? (
      <OfficialDashboard user={user} round={defaultRound(rounds)!} />
    ) : (
      <p className="card">{td("noData")}</p>
    );

  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="what-now" className="flex flex-col gap-3">
        <h1 id="what-now" className="text-2xl font-bold">
          {td("whatNow")}
        </h1>
        {dashboard}
      </section>
      <section className="card" aria-labelledby="your-regions">
        <h2 id="your-regions" className="text-lg font-semibold">
          {t("yourRegions")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{national ? t("scopeNational") : t("scopeAssigned")}</p>
        {entries.length === 0 ? (
          <p className="mt-3">{t("noRegions")}</p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {entries.map((r, i) => (
              <li key={r.code} className="rounded-md border border-slate-200 p-3">
                <Link className="link font-semibold" href={`/regions/${r.code}`}>
                  {r.name}
                </Link>
                <span className="ml-2 font-mono text-xs text-slate-600">{r.code}</span>
                {!national && (
                  <p className="mt-1 text-sm text-slate-700">
                    {t("unitCounts", { districts: n(counts[i]?.district), villages: n(counts[i]?.village) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
