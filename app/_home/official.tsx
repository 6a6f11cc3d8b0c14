import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DecisionBadge } from "@/components/candidates/decision-badge";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getReadDb } from "@/db/client";
import { listClusterScores } from "@/db/queries/candidates";
import { lastScoredAt, strataCounts, villagesWithoutPktd } from "@/db/queries/dashboard";
import { latestDecisions } from "@/db/queries/decisions";
import { getRubricVersion } from "@/db/queries/scores";
import type { RoundListItem } from "@/db/queries/surveys";
import type { Actor } from "@/lib/auth/permissions";
import { candidateInputOf, candidatesFor } from "@/lib/candidates";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { STRATA, type Rubric } from "@/lib/scoring/rubric";
import { Figure, Panel } from "./parts";

/** A regency official's "what now": clusters by stratum, candidates and decisions, PKTD gaps, freshness. */
export async function OfficialDashboard({ user, round }: { user: Actor; round: RoundListItem }) {
  const db = await getReadDb();
  const version = round.rubricVersion;
  const [t, locale, strata, stored, rubricRow, noPktd, scoredAt] = await Promise.all([
    getTranslations(),
    getLocale(),
    strataCounts(db, user, { roundId: round.id, version, unitType: "cluster" }),
    listClusterScores(db, user, { roundId: round.id, version }),
    getRubricVersion(db, version),
    villagesWithoutPktd(db, user, { roundId: round.id, version }),
    lastScoredAt(db, round.id, version),
  ]);
  const l = toLocale(locale);
  const rubric = rubricRow?.definition as Rubric | undefined;
  const rows = rubric ? candidatesFor(rubric, stored.map((s) => candidateInputOf(rubric.candidates, s))) : [];
  const candidates = rows.filter((r) => r.candidate);
  const decisions = await latestDecisions(db, user, rows.map((r) => r.code));
  const rq = encodeURIComponent(round.code);
  const year = round.periodEnd ? round.periodEnd.slice(0, 4) : null;
  const n = (v: number) => formatNumber(v, l);

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Panel id="home-strata" title={t("dashboard.strata")} href={`/scores?round=${rq}&unit=cluster`}>
        <div className="flex flex-wrap gap-2">
          {STRATA.map((s) => (
            <Figure key={s} href={`/scores?round=${rq}&unit=cluster`} value={n(strata.find((x) => x.stratum === s)?.n ?? 0)} label={<StratumBadge stratum={s} label={t(`scores.strata.${s}`)} />} testId={`strata-${s}`} />
          ))}
        </div>
        <p className="text-xs text-slate-600">{round.name}</p>
      </Panel>
      <Panel id="home-candidates" title={t("dashboard.candidates")} href={`/candidates?round=${rq}`}>
        <Link className="link" href={`/candidates?round=${rq}`}>
          {t("dashboard.candidatesLine", { n: n(candidates.length), total: n(rows.length) })}
        </Link>
        <ul className="flex flex-col gap-1">
          {rows.slice(0, 5).map((r) => {
            const d = decisions.get(r.code);
            return (
              <li key={r.code} className="flex flex-wrap items-center gap-2" data-code={r.code}>
                <span className="font-semibold">{r.rank ?? "—"}.</span>
                <Link className="link" href={`/candidates/${rq}/${encodeURIComponent(r.code)}?rubric=${encodeURIComponent(version)}`}>
                  {r.name}
                </Link>
                {d ? <DecisionBadge kind={d.kind} label={t(`decisions.kind.${d.kind}`)} /> : <span className="text-xs text-slate-600">{t("candidates.noDecision")}</span>}
              </li>
            );
          })}
        </ul>
      </Panel>
      <Panel id="home-pktd" title={year ? t("dashboard.noPktd", { year }) : t("dashboard.noPktd", { year: "—" })} href="/data/pktd">
        {!year ? (
          <p>{t("dashboard.noPktdYear")}</p>
        ) : noPktd.length === 0 ? (
          <p>{t("dashboard.noPktdNone", { year })}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {noPktd.map((v) => (
              <li key={v.code}>
                <Link className="link" href={`/regions/${v.code}?round=${rq}`}>
                  {v.name}
                </Link>{" "}
                <span className="font-mono text-xs text-slate-600">{v.code}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="home-freshness" title={t("dashboard.freshness")} href={`/data/rounds/${rq}`}>
        <p>
          {t("dashboard.freshnessLine", {
            round: round.name,
            when: round.lastImportAt ? formatDateTime(round.lastImportAt, l) : t("dashboard.never"),
            scored: scoredAt ? formatDateTime(scoredAt, l) : t("dashboard.never"),
          })}
        </p>
      </Panel>
    </div>
  );
}
