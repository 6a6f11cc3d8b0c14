import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { NoPktdFlag } from "@/components/scores/policy-support-card";
import { SortableTable } from "@/components/ui/sortable-table";
import { ScoreDetails, ScoreHeadline } from "@/components/scores/score-details";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getReadDb } from "@/db/client";
import { getRubricVersion, getSnapshot, listSnapshots, pktdVillageNames, unitHistory } from "@/db/queries/scores";
import { findRoundByCode } from "@/db/queries/surveys";
import type { Region } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { INTL_LOCALE, toLocale } from "@/lib/i18n/config";
import { parentCodeOf } from "@/lib/regions/admin-units";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";
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
  const db = await getReadDb();
  const [t, locale, history] = await Promise.all([getTranslations(), getLocale(), unitHistory(db, user, unit, region.code)]);
  const l = toLocale(locale);
  const current = history.find((h) => h.roundCode === roundCode) ?? defaultRound(history);
  if (!current) {
    return (
      <section className="card" aria-labelledby="profile" data-testid="profile">
        <h2 id="profile" className="text-lg font-semibold">
          {t("profile.title")}
        </h2>
        <EmptyState className="mt-2" why={t("profile.empty")} step={nextStepFor(user, "respondents")} />
      </section>
    );
  }
  const round = (await findRoundByCode(db, current.roundCode))!;
  const version = current.rubricVersion;
  const parent = parentCodeOf(region.code);
  const childUnit = unit === "regency" ? "district" : unit === "district" ? "village" : null;
  const [snapshot, rubricRow, clusterRows, siblings, subUnits] = await Promise.all([
    getSnapshot(db, user, { roundId: round.id, version, unitType: unit, code: region.code }),
    getRubricVersion(db, version),
    listSnapshots(db, user, { roundId: round.id, version, unitType: "cluster", regionCode: region.code }),
    parent ? listSnapshots(db, user, { roundId: round.id, version, unitType: unit, regionCode: parent }) : Promise.resolve([]),
    childUnit ? listSnapshots(db, user, { roundId: round.id, version, unitType: childUnit, regionCode: region.code }) : Promise.resolve([]),
  ]);
  if (!snapshot || !rubricRow) return null;
  const { score, policySupport } = snapshot.result;
  const villageNames = await pktdVillageNames(db, policySupport);
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
          {can(user, "brief:write", region.code) && (
            <Link className="btn-secondary" data-testid="generate-brief" href={`/briefs?${new URLSearchParams({ unit: `${unit}:${region.code}`, round: round.code, rubric: version })}#brief-generate`}>
              {t("briefs.generate.fromProfile")}
            </Link>
          )}
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

      <ScoreDetails score={score} policySupport={policySupport} rubric={rubricRow.definition} version={version} illustrative={round.origin !== "survey"} showWorking={false} villageNames={villageNames} rubricHref={can(user, "rubric:manage") ? `/admin/rubrics/${encodeURIComponent(version)}` : undefined} />

      {childUnit && (
        <section className="card min-w-0" aria-labelledby="profile-subunits">
          <h2 id="profile-subunits" className="text-lg font-semibold">
            {t(`profile.subUnits.${childUnit}`, { count: subUnits.length })}
          </h2>
          {subUnits.length === 0 ? (
            <p className="mt-2 text-sm">{t("profile.noSubUnits")}</p>
          ) : (
            <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="profile-subunits">
              <SortableTable
                testId="profile-subunits"
                locale={INTL_LOCALE[l]}
                sortHint={t("scores.sortHint")}
                columns={[
                  { label: t(`scores.units.${childUnit}`) },
                  { label: "n", numeric: true },
                  { label: t("scores.readiness"), numeric: true },
                  { label: t("scores.stratum") },
                  { label: t("scores.socialCapital"), numeric: true },
                  { label: t("scores.policySupport"), numeric: true },
                ]}
                rows={subUnits.map((s) => ({
                  key: s.unitCode,
                  cells: [
                    {
                      sort: s.unitName,
                      content: (
                        <Link className="link" href={`/regions/${s.unitCode}?round=${encodeURIComponent(round.code)}`}>
                          {s.unitName}
                        </Link>
                      ),
                    },
                    { sort: s.n, content: formatNumber(s.n, l) },
                    { sort: s.readiness, content: two(s.readiness) },
                    { sort: s.stratum ? ["sentra", "rintisan", "matang"].indexOf(s.stratum) : null, content: <StratumBadge stratum={s.stratum} label={strat(s.stratum)} /> },
                    { sort: s.socialCapital, content: s.socialCapital === null ? "—" : formatNumber(s.socialCapital, l, 1) },
                    {
                      sort: s.policySupport,
                      content: (
                        <>
                          {s.policySupport === null ? "—" : formatNumber(s.policySupport, l, 1)}
                          {s.result.policySupport.noPktdRecord && (
                            <div className="max-w-48 text-xs">
                              <NoPktdFlag policySupport={s.result.policySupport} />
                            </div>
                          )}
                        </>
                      ),
                    },
                  ],
                }))}
              />
            </div>
          )}
          {subUnits.length > 0 && (
            <p className="mt-2">
              <a
                className="btn-secondary"
                download
                href={`/scores/csv?round=${encodeURIComponent(round.code)}&rubric=${encodeURIComponent(version)}&unit=${childUnit}&region=${region.code}`}
              >
                {t("scores.csv")}
              </a>
            </p>
          )}
        </section>
      )}

      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
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
