import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { listSnapshots, scoredVersions } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { UNIT_KINDS, type UnitKind } from "@/lib/surveys/units";
import { isRegionCode } from "@/lib/regions/admin-units";
import { defaultRound } from "@/lib/surveys/round-status";

type Search = { round?: string; rubric?: string; unit?: string; region?: string };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scores"))("title") };
}

export default async function ScoresPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const user = await requirePermission("survey:view", "/scores");
  const db = await getDb();
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), listRounds(db, user)]);
  const l = toLocale(locale);
  const round = rounds.find((r) => r.code === sp.round) ?? defaultRound(rounds);
  const unit: UnitKind = UNIT_KINDS.find((u) => u === sp.unit) ?? "cluster";
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;

  if (!round) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("scores.title")}</h1>
        <p className="card">{t("data.noRounds")}</p>
      </div>
    );
  }
  const versions = await scoredVersions(db, round.id);
  const version = versions.find((v) => v === sp.rubric) ?? round.rubricVersion;
  const rows = await listSnapshots(db, user, { roundId: round.id, version, unitType: unit, regionCode: region });
  const href = (u: UnitKind) => `/scores?round=${encodeURIComponent(round.code)}&rubric=${encodeURIComponent(version)}&unit=${u}${region ? `&region=${region}` : ""}`;
  const two = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 2));
  const one = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 1));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("scores.title")}</h1>
      <p className="max-w-3xl">{t("scores.intro")}</p>
      <form action="/scores" className="card flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="round" className="label">
            {t("scores.round")}
          </label>
          <select id="round" name="round" defaultValue={round.code} className="field">
            {rounds.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rubric" className="label">
            {t("scores.rubric")}
          </label>
          <select id="rubric" name="rubric" defaultValue={version} className="field">
            {[...new Set([round.rubricVersion, ...versions])].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="region" className="label">
            {t("scores.region")}
          </label>
          <input id="region" name="region" defaultValue={region ?? ""} className="field" placeholder="18.01.16" />
        </div>
        <input type="hidden" name="unit" value={unit} />
        <button className="btn" type="submit">
          {t("scores.show")}
        </button>
      </form>
      <nav aria-label={t("scores.unitTypes")} className="flex flex-wrap gap-2">
        {UNIT_KINDS.map((u) => (
          <Link key={u} href={href(u)} aria-current={u === unit ? "page" : undefined} className={u === unit ? "btn" : "btn-secondary"}>
            {t(`scores.units.${u}`)}
          </Link>
        ))}
      </nav>
      <section className="card overflow-x-auto" tabIndex={0}>
        {rows.length === 0 ? (
          <p>{t("scores.empty")}</p>
        ) : (
          <table className="data-table" data-testid="scores">
            <thead>
              <tr>
                <th scope="col">{t(`scores.units.${unit}`)}</th>
                <th scope="col">n</th>
                <th scope="col">{t("scores.readiness")}</th>
                <th scope="col">{t("scores.stratum")}</th>
                <th scope="col">{t("scores.socialCapital")}</th>
                <th scope="col">{t("scores.policySupport")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.unitCode}>
                  <td>
                    <Link className="link font-semibold" href={`/scores/${encodeURIComponent(round.code)}/${unit}/${encodeURIComponent(s.unitCode)}?rubric=${encodeURIComponent(version)}`}>
                      {s.unitName}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{s.unitCode}</div>
                  </td>
                  <td>{formatNumber(s.n, l)}</td>
                  <td>{two(s.readiness)}</td>
                  <td>
                    <StratumBadge stratum={s.stratum} label={s.stratum ? t(`scores.strata.${s.stratum}`) : t("scores.noData")} />
                  </td>
                  <td>{one(s.socialCapital)}</td>
                  <td>{one(s.policySupport)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-xs text-slate-600">{t("scores.footnote", { round: round.code, rubric: version })}</p>
      </section>
    </div>
  );
}
