import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ScoreDetails, ScoreHeadline } from "@/components/scores/score-details";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { getRubricVersion, getSnapshot, listSnapshots, unitHistory } from "@/db/queries/scores";
import { findRoundByCode } from "@/db/queries/surveys";
import type { Region } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { parentCodeOf } from "@/lib/regions/admin-units";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { defaultRound } from "@/lib/surveys/round-status";

type Props = { user: CurrentUser; region: Region; roundCode?: string };

/**
 * The region as a profile: its scores in one round (the newest by default), the clusters in
 * it, the other units of its parent, and its history across rounds. Read from snapshots.
 */
export async function RegionProfile({ user, region, roundCode }: Props) {
  if (region.level === "province") return null;
  const unit = region.level;
  const db = await getDb();
  const [t, locale, history] = await Promise.all([getTranslations(), getLocale(), unitHistory(db, user, unit, region.code)]);
  const l = toLocale(locale);
  const current = history.find((h) => h.roundCode === roundCode) ?? defaultRound(history);
  if (!current) {
    return (
      <section className="card" aria-labelledby="profile" data-testid="profile">
        <h2 id="profile" className="text-lg font-semibold">
          {t("profile.title")}
        </h2>
        <p className="mt-2">{t("profile.empty")}</p>
      </section>
    );
  }
  const round = (await findRoundByCode(db, current.roundCode))!;
  const version = current.rubricVersion;
  const parent = parentCodeOf(region.code);
  const [snapshot, rubricRow, clusterRows, siblings] = await Promise.all([
    getSnapshot(db, user, { roundId: round.id, version, unitType: unit, code: region.code }),
    getRubricVersion(db, version),
    listSnapshots(db, user, { roundId: round.id, version, unitType: "cluster", regionCode: region.code }),
    parent ? listSnapshots(db, user, { roundId: round.id, version, unitType: unit, regionCode: parent }) : Promise.resolve([]),
  ]);
  if (!snapshot || !rubricRow) return null;
  const { score, policySupport } = snapshot.result as { score: UnitScore; policySupport: PolicySupport };
  const base = `/scores/${encodeURIComponent(round.code)}`;
  const two = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 2));
  const strat = (s: string | null) => (s ? t(`scores.strata.${s}`) : t("scores.noData"));

  return (
    <>
      <section className="card" aria-labelledby="profile" data-testid="profile">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="profile" className="text-lg font-semibold">
            {t("profile.title")}: {round.name}
          </h2>
          {history.length > 1 && (
            <form action={`/regions/${region.code}`} className="flex items-end gap-2">
              <label htmlFor="round" className="label">
                {t("scores.round")}
              </label>
              <select id="round" name="round" defaultValue={round.code} className="field">
                {history.map((h) => (
                  <option key={h.roundCode} value={h.roundCode}>
                    {h.roundName}
                  </option>
                ))}
              </select>
              <button type="submit" className="btn-secondary">
                {t("scores.show")}
              </button>
            </form>
          )}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <ScoreHeadline score={score} />
          <Link className="btn-secondary" href={`${base}/${unit}/${region.code}?rubric=${encodeURIComponent(version)}#why`}>
            {t("scores.why")}
          </Link>
          <Link className="btn-secondary" href={`/indicators?round=${encodeURIComponent(round.code)}&region=${region.code}`}>
            {t("profile.indicators")}
          </Link>
        </div>
        <p className="mt-3 text-xs text-slate-600" data-testid="freshness">
          {t("profile.freshness", {
            period: round.periodEnd ? formatDate(round.periodEnd, l) : "—",
            rubric: version,
            computed: formatDateTime(snapshot.computedAt, l),
          })}
          {round.origin !== "survey" && ` ${t(`profile.origin.${round.origin}`)}`}
        </p>
      </section>

      <ScoreDetails score={score} policySupport={policySupport} rubric={rubricRow.definition as Rubric} version={version} illustrative={round.origin !== "survey"} showWorking={false} rubricHref={can(user, "rubric:manage") ? `/admin/rubrics/${encodeURIComponent(version)}` : undefined} />

      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="profile-clusters">
          <h2 id="profile-clusters" className="text-lg font-semibold">
            {t("profile.clusters", { count: clusterRows.length })}
          </h2>
          {clusterRows.length === 0 ? (
            <p className="mt-2 text-sm">{t("profile.noClusters")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1" data-testid="profile-clusters">
              {clusterRows.map((c) => (
                <li key={c.unitCode}>
                  <Link className="link" href={`${base}/cluster/${encodeURIComponent(c.unitCode)}?rubric=${encodeURIComponent(version)}`}>
                    {c.unitName}
                  </Link>{" "}
                  <span className="text-sm">
                    {two(c.readiness)} <StratumBadge stratum={c.stratum} label={strat(c.stratum)} /> · n = {c.n}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="profile-siblings">
          <h2 id="profile-siblings" className="text-lg font-semibold">
            {t(`profile.siblings.${unit}`)}
          </h2>
          {siblings.filter((s) => s.unitCode !== region.code).length === 0 ? (
            <p className="mt-2 text-sm">{t("profile.noSiblings")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1" data-testid="profile-siblings">
              {siblings
                .filter((s) => s.unitCode !== region.code)
                .map((s) => (
                  <li key={s.unitCode}>
                    <Link className="link" href={`/regions/${s.unitCode}?round=${encodeURIComponent(round.code)}`}>
                      {s.unitName}
                    </Link>{" "}
                    <span className="text-sm">
                      {two(s.readiness)} <StratumBadge stratum={s.stratum} label={strat(s.stratum)} /> · n = {s.n}
                    </span>
                  </li>
                ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card overflow-x-auto" aria-labelledby="profile-history" tabIndex={0}>
        <h2 id="profile-history" className="text-lg font-semibold">
          {t("profile.history")}
        </h2>
        <table className="data-table mt-2" data-testid="profile-history">
          <thead>
            <tr>
              <th scope="col">{t("scores.round")}</th>
              <th scope="col">{t("data.period")}</th>
              <th scope="col">n</th>
              <th scope="col">{t("scores.readiness")}</th>
              <th scope="col">{t("scores.stratum")}</th>
              <th scope="col">{t("scores.rubric")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.roundCode}>
                <td>{h.roundName}</td>
                <td>{h.periodEnd ? formatDate(h.periodEnd, l) : "—"}</td>
                <td>{formatNumber(h.n, l)}</td>
                <td>{two(h.readiness)}</td>
                <td>
                  <StratumBadge stratum={h.stratum} label={strat(h.stratum)} />
                </td>
                <td className="font-mono text-xs">{h.rubricVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
