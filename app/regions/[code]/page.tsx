import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getReadDb } from "@/db/client";
import { countDescendants, getAncestors, getRegionInScope, hasBoundary, listChildren } from "@/db/queries/regions";
import { can, inScope } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { levelOfCode } from "@/lib/regions/admin-units";
import { RegionProfile } from "./profile";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ round?: string }> };

// Agrees with the page on "not found": otherwise the page's title replaces the not-found one.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const user = await getCurrentUser();
  if (!user) return { title: (await getTranslations("regions"))("title") }; // the page sends her to sign-in
  const region = levelOfCode(code) && can(user, "region:view", code) ? await getRegionInScope(await getReadDb(), user, code) : null;
  if (!region) notFound();
  return { title: `${region.name} — ${(await getTranslations("profile"))("title")}` };
}

export default async function RegionPage({ params, searchParams }: Props) {
  const { code } = await params;
  const user = await requireUser(`/regions/${code}`);
  if (!levelOfCode(code) || !can(user, "region:view", code)) notFound();
  const db = await getReadDb();
  const region = await getRegionInScope(db, user, code);
  if (!region) notFound();

  const [t, locale, ancestors, children, counts, boundary] = await Promise.all([
    getTranslations(),
    getLocale(),
    getAncestors(db, code),
    listChildren(db, user, code),
    countDescendants(db, user, code),
    hasBoundary(db, code),
  ]);
  const n = (v: number) => formatNumber(v, toLocale(locale));
  const crumbs = [
    { label: t("regions.title"), href: "/regions" },
    ...ancestors.map((a) => ({ label: a.name, href: inScope(user, a.code) ? `/regions/${a.code}` : undefined })),
    { label: region.name },
  ];
  const childLevel = children[0]?.level;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={crumbs} label={t("regions.breadcrumb")} />
      <header className="card">
        <p className="text-sm text-slate-600">
          {t(`levels.${region.level}`)}
          {region.kind ? ` · ${t(`kinds.${region.kind}`)}` : ""}
        </p>
        <h1 className="text-2xl font-bold">{region.name}</h1>
        <p className="mt-1 text-sm text-slate-700">
          <span className="font-mono" data-testid="region-code">
            {region.code}
          </span>
          {(counts.district ?? 0) > 0 && ` · ${n(counts.district ?? 0)} ${t("levels.district").toLowerCase()}`}
          {(counts.village ?? 0) > 0 && ` · ${n(counts.village ?? 0)} ${t("regions.villages").toLowerCase()}`}
        </p>
      </header>

      <RegionProfile user={user} region={region} roundCode={(await searchParams).round} />

      {/* the technical facts come after the scores: an official opens a profile for the scores */}
      <details className="card" data-testid="technical">
        <summary className="cursor-pointer font-semibold">{t("regions.technical")}</summary>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("regions.code")}</dt>
          <dd className="font-mono">{region.code}</dd>
          {region.centroidLat !== null && region.centroidLng !== null && (
            <>
              <dt className="font-medium">{t("regions.centroid")}</dt>
              <dd>
                {formatNumber(region.centroidLat, toLocale(locale), 5)}, {formatNumber(region.centroidLng, toLocale(locale), 5)}
              </dd>
            </>
          )}
          <dt className="font-medium">{t("regions.boundary")}</dt>
          <dd>{boundary ? t("regions.boundaryYes") : t("regions.boundaryNo")}</dd>
          {(counts.district ?? 0) > 0 && (
            <>
              <dt className="font-medium">{t("levels.district")}</dt>
              <dd>{n(counts.district ?? 0)}</dd>
            </>
          )}
          {(counts.village ?? 0) > 0 && (
            <>
              <dt className="font-medium">{t("regions.villages")}</dt>
              <dd>{n(counts.village ?? 0)}</dd>
            </>
          )}
        </dl>
        <p className="mt-3 text-xs text-slate-600">
          {t("regions.source")}{" "}
          <Link className="link" href="/about-data">
            {t("app.aboutData")}
          </Link>
        </p>
      </details>

      {region.level !== "village" && (
        <section className="card" aria-labelledby="children">
          <h2 id="children" className="text-lg font-semibold">
            {childLevel ? t(`regions.childrenOf.${childLevel}`, { count: children.length }) : t("regions.noChildren")}
          </h2>
          {children.length > 0 && (
            <div className="mt-2 max-h-[32rem] overflow-auto" tabIndex={0}>
              <table className="data-table" data-testid="children">
                <thead>
                  <tr>
                    <th scope="col">{t("regions.name")}</th>
                    <th scope="col">{t("regions.code")}</th>
                    <th scope="col">{t("regions.kind")}</th>
                  </tr>
                </thead>
                <tbody>
                  {children.map((c) => (
                    <tr key={c.code}>
                      <td>
                        <Link className="link" href={`/regions/${c.code}`}>
                          {c.name}
                        </Link>
                      </td>
                      <td className="font-mono">{c.code}</td>
                      <td>{c.kind ? t(`kinds.${c.kind}`) : t(`levels.${c.level}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
