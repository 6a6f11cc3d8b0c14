import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { getRubricVersion, listSnapshots } from "@/db/queries/scores";
import { findRoundByCode } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { compareSnapshots } from "@/lib/surveys/compare-versions";
import { UNIT_KINDS } from "@/lib/surveys/units";

type Search = { a?: string; b?: string; round?: string };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rubrics"))("compareTitle") };
}

export default async function CompareRubricsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const user = await requirePermission("rubric:manage", "/admin/rubrics/compare");
  const db = await getDb();
  const [t, ts, locale] = await Promise.all([getTranslations("rubrics"), getTranslations("scores"), getLocale()]);
  const l = toLocale(locale);
  const [a, b, round] = await Promise.all([getRubricVersion(db, sp.a ?? ""), getRubricVersion(db, sp.b ?? ""), findRoundByCode(db, sp.round ?? "")]);
  const crumbs = <Breadcrumb items={[{ label: t("title"), href: "/admin/rubrics" }, { label: t("compareTitle") }]} label={t("title")} />;
  if (!a || !b || !round) {
    return (
      <div className="flex flex-col gap-4">
        {crumbs}
        <p className="card">{t("compareMissing")}</p>
      </div>
    );
  }
  const sections = await Promise.all(
    UNIT_KINDS.map(async (unit) => {
      const [left, right] = await Promise.all([
        listSnapshots(db, user, { roundId: round.id, version: a.version, unitType: unit }),
        listSnapshots(db, user, { roundId: round.id, version: b.version, unitType: unit }),
      ]);
      return { unit, rows: compareSnapshots(left, right), missingB: right.length === 0 && left.length > 0 };
    }),
  );
  const moved = sections.flatMap((s) => s.rows.filter((r) => r.moved));
  const two = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 2));
  const label = (s: string | null) => (s ? ts(`strata.${s}`) : ts("noData"));

  return (
    <div className="flex flex-col gap-4">
      {crumbs}
      <h1 className="text-2xl font-bold">
        {t("compareTitle")}: <span className="font-mono">{a.version}</span> ↔ <span className="font-mono">{b.version}</span>
      </h1>
      <p data-testid="moved-summary" className="card font-semibold">
        {t("movedSummary", { count: moved.length, round: round.name })}
      </p>
      {sections.map((s) => (
        <section key={s.unit} className="card overflow-x-auto" tabIndex={0} aria-labelledby={`cmp-${s.unit}`}>
          <h2 id={`cmp-${s.unit}`} className="mb-2 text-lg font-semibold">
            {ts(`units.${s.unit}`)}
          </h2>
          {s.missingB ? (
            <p>
              {t("notScored", { version: b.version })}{" "}
              <Link className="link" href={`/admin/rubrics/${encodeURIComponent(b.version)}`}>
                {t("rescore")}
              </Link>
            </p>
          ) : (
            <table className="data-table" data-testid={`compare-${s.unit}`}>
              <thead>
                <tr>
                  <th scope="col">{ts(`units.${s.unit}`)}</th>
                  <th scope="col">{a.version}</th>
                  <th scope="col">{b.version}</th>
                  <th scope="col">Δ</th>
                  <th scope="col">{t("moved")}</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.code} className={r.moved ? "bg-amber-50" : undefined}>
                    <td>
                      {r.name} <span className="font-mono text-xs text-slate-600">{r.code}</span>
                    </td>
                    <td>
                      {two(r.a.readiness)} <StratumBadge stratum={r.a.stratum} label={label(r.a.stratum)} />
                    </td>
                    <td>
                      {two(r.b.readiness)} <StratumBadge stratum={r.b.stratum} label={label(r.b.stratum)} />
                    </td>
                    <td>{r.delta === null ? "—" : `${r.delta > 0 ? "+" : ""}${formatNumber(r.delta, l, 2)}`}</td>
                    <td>{r.moved ? t("movedYes") : t("movedNo")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
