import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DecisionLog } from "@/components/candidates/decision-log";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getDb, getReadDb } from "@/db/client";
import { accountCounts, regenciesWithData, roundIdsImportedBy, strataAcrossRounds } from "@/db/queries/dashboard";
import { listAudit } from "@/db/queries/audit";
import { listDecisions } from "@/db/queries/decisions";
import type { RoundListItem } from "@/db/queries/surveys";
import type { CurrentUser } from "@/lib/auth/session";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { STRATA } from "@/lib/scoring/rubric";
import { Figure, Panel } from "./parts";

/** Ministry staff: regions with data, strata nationally, the latest decisions. */
export async function MinistryDashboard({ user, rounds }: { user: CurrentUser; rounds: RoundListItem[] }) {
  const db = await getReadDb();
  const [t, locale, regencies, strata, decisions] = await Promise.all([getTranslations(), getLocale(), regenciesWithData(db, user), strataAcrossRounds(db, user), listDecisions(db, user, { limit: 5 })]);
  const l = toLocale(locale);
  const distinct = [...new Map(regencies.map((r) => [r.code, r])).values()];
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Panel id="home-regions" title={t("dashboard.regionsWithData")} href="/data">
        <p>{t("dashboard.regionsLine", { regions: formatNumber(distinct.length, l), rounds: formatNumber(rounds.length, l) })}</p>
        <ul className="flex flex-col gap-1">
          {distinct.slice(0, 10).map((r) => (
            <li key={r.code}>
              <Link className="link" href={`/regions/${r.code}`}>
                {r.name}
              </Link>{" "}
              <span className="font-mono text-xs text-slate-600">{r.code}</span>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel id="home-strata" title={t("dashboard.strataNational")} href="/scores?unit=cluster">
        <div className="flex flex-wrap gap-2">
          {STRATA.map((s) => (
            <Figure key={s} href="/scores?unit=cluster" value={formatNumber(strata.find((x) => x.stratum === s)?.n ?? 0, l)} label={<StratumBadge stratum={s} label={t(`scores.strata.${s}`)} />} testId={`strata-${s}`} />
          ))}
        </div>
      </Panel>
      <div className="md:col-span-2">
        <Panel id="home-decisions" title={t("dashboard.latestDecisions")} href="/candidates/decisions">
          <DecisionLog decisions={decisions} showCluster testId="home-decision-log" />
        </Panel>
      </div>
    </div>
  );
}

/** A researcher: the rounds she imported and their data quality. */
export async function ResearcherDashboard({ user, rounds }: { user: CurrentUser; rounds: RoundListItem[] }) {
  const db = await getReadDb();
  const [t, locale, mine] = await Promise.all([getTranslations(), getLocale(), roundIdsImportedBy(db, user.id)]);
  const l = toLocale(locale);
  const own = rounds.filter((r) => mine.has(r.id));
  return (
    <Panel id="home-rounds" title={t("dashboard.yourRounds")} href="/data">
      {own.length === 0 ? (
        <p>
          {t("dashboard.none")}{" "}
          <Link className="link" href="/data/import">
            {t("dashboard.open")}
          </Link>
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {own.map((r) => (
            <li key={r.code} className="flex flex-wrap items-center gap-3">
              <Link className="link font-semibold" href={`/data/rounds/${encodeURIComponent(r.code)}`}>
                {r.name}
              </Link>
              <span className="text-sm">{t("dashboard.roundLine", { respondents: formatNumber(r.respondents, l), clusters: formatNumber(r.clusters, l) })}</span>
              <Link className="link text-sm" href={`/data/rounds/${encodeURIComponent(r.code)}/quality`}>
                {t("dashboard.quality")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** An administrator: accounts and the latest audit events. */
export async function AdminDashboard() {
  // the primary: the audit panel shows the sign-in that just happened
  const db = await getDb();
  const [t, locale, accounts, audit] = await Promise.all([getTranslations(), getLocale(), accountCounts(db), listAudit(db, { limit: 5, offset: 0, filters: {} })]);
  const l = toLocale(locale);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Panel id="home-accounts" title={t("dashboard.accounts")} href="/admin/users">
        <Figure href="/admin/users" value={formatNumber(accounts.active, l)} label={t("dashboard.accountsLine", { active: formatNumber(accounts.active, l), total: formatNumber(accounts.total, l) })} />
      </Panel>
      <Panel id="home-audit" title={t("dashboard.recentAudit")} href="/admin/audit">
        <ul className="flex flex-col gap-1 text-sm">
          {audit.rows.map((a) => (
            <li key={a.id} className="break-words">
              <Link className="link" href={`/admin/audit?action=${encodeURIComponent(a.action)}`}>
                {a.action}
              </Link>{" "}
              · {a.actorUsername ?? "—"} · {formatDateTime(a.at, l)}
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
