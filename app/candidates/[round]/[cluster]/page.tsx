import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CriteriaList } from "@/components/candidates/criteria-list";
import { DecisionLog } from "@/components/candidates/decision-log";
import { DecisionForm } from "@/components/forms/decision-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { getDb } from "@/db/client";
import { listDecisions } from "@/db/queries/decisions";
import { getSnapshot } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { briefGenerateHref } from "@/lib/briefs/links";
import { snapshotChanges, type DecisionSnapshot, type SnapshotChange } from "@/lib/candidates";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { currentSnapshot } from "@/services/decide";
import { recordDecisionAction } from "../../actions";
import { candidatesHref } from "../../load";

type Props = { params: Promise<{ round: string; cluster: string }>; searchParams: Promise<{ rubric?: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).cluster };
}

export default async function ClusterDecisionPage({ params, searchParams }: Props) {
  const p = await params;
  // Next hands the segments decoded: decoding again would fail on a stray %
  const roundCode = p.round;
  const code = p.cluster;
  const user = await requirePermission("survey:view", `/candidates/${encodeURIComponent(roundCode)}/${encodeURIComponent(code)}`);
  const db = await getDb();
  const round = await getRoundInScope(db, user, roundCode);
  if (!round) notFound();
  const version = (await searchParams).rubric ?? round.rubricVersion;
  const [stored, now, log, t, locale] = await Promise.all([
    getSnapshot(db, user, { roundId: round.id, version, unitType: "cluster", code }),
    currentSnapshot(db, user, { roundId: round.id, roundCode: round.code, version, cluster: code }),
    listDecisions(db, user, { clusterCode: code }),
    getTranslations(),
    getLocale(),
  ]);
  if (!stored || !now) notFound();
  const l = toLocale(locale);
  const inForce = log[0];
  const changes = inForce ? await changesSince(inForce.snapshot as DecisionSnapshot, inForce.roundId, inForce.clusterCode, user) : null;
  const num = (v: number | null, d: number) => (v === null ? t("scores.noData") : formatNumber(v, l, d));
  const show = (c: SnapshotChange, v: SnapshotChange["before"]) =>
    typeof v === "number" ? formatNumber(v, l, c.field === "n" ? 0 : 2) : typeof v === "boolean" ? (v ? t("decisions.isCandidate") : t("decisions.notCandidate")) : v === null ? t("scores.noData") : c.field === "stratum" ? t(`scores.strata.${v}`) : v;
  const list = candidatesHref({ round: round.code, rubric: version });

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("candidates.title"), href: list }, { label: stored.unitName }]} label={t("regions.breadcrumb")} />
      <header className="card">
        <p className="text-sm text-slate-600">
          {t("decisions.cluster")} · <span className="font-mono">{code}</span> · {round.name} · {version}
        </p>
        <h1 className="text-2xl font-bold">{t("decisions.title", { name: stored.unitName })}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <StratumBadge stratum={now.stratum} label={now.stratum ? t(`scores.strata.${now.stratum}`) : t("scores.noData")} />
          <span>
            {t("scores.readiness")}: <strong>{num(now.readiness, 2)}</strong>
          </span>
          <span>
            {t("candidates.priority")}: <strong>{num(now.priority.value, 1)}</strong>
          </span>
          <span data-testid="candidate-status">
            {now.candidate ? t("decisions.isCandidate") : t("decisions.notCandidate")}
            {now.rank !== null && ` · ${t("candidates.rank")} ${now.rank}`}
          </span>
          <Link className="link" href={`/scores/${encodeURIComponent(round.code)}/cluster/${encodeURIComponent(code)}?rubric=${encodeURIComponent(version)}#why`}>
            {t("candidates.why")}
          </Link>
          {can(user, "brief:write", stored.regionCode) && (
            <Link className="btn-secondary" data-testid="decision-brief" href={briefGenerateHref({ type: "cluster", code, round: round.code, rubric: version })}>
              {t("briefs.generate.submit")}
            </Link>
          )}
        </div>
      </header>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="now-heading">
          <h2 id="now-heading" className="text-lg font-semibold">
            {t("decisions.current")}
          </h2>
          <div className="mt-2">
            <CriteriaList criteria={now.criteria} />
          </div>
        </section>
        <section className="card" aria-labelledby="form-heading">
          <h2 id="form-heading" className="text-lg font-semibold">
            {t("decisions.form.title")}
          </h2>
          {inForce && <p className="mb-2 text-sm">{t("decisions.form.supersedes", { kind: t(`decisions.kind.${inForce.kind}`) })}</p>}
          {can(user, "decision:record", stored.regionCode) ? (
            <DecisionForm action={recordDecisionAction} round={round.code} rubric={version} cluster={code} />
          ) : (
            <p>{t("decisions.cannotDecide")}</p>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading" className="text-lg font-semibold">
          {t("decisions.clusterLog")}
        </h2>
        {changes === null && inForce && <p className="mt-2 rounded-md border border-slate-400 p-2 text-sm">{t("decisions.gone")}</p>}
        {changes && changes.length > 0 && (
          <div className="mt-2 rounded-md border-l-4 border-fail bg-orange-50 p-3 text-sm" data-testid="snapshot-differs" role="note">
            <p className="font-semibold">{t("decisions.differs")}</p>
            <ul className="list-disc pl-5">
              {changes.map((c) => (
                <li key={c.field}>{t("decisions.change", { field: t(`decisions.field.${c.field}`), before: show(c, c.before), now: show(c, c.now) })}</li>
              ))}
            </ul>
          </div>
        )}
        {changes && changes.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("decisions.same")}</p>}
        <div className="mt-3">
          <DecisionLog decisions={log} />
        </div>
      </section>
      <p>
        <Link className="link" href={list}>
          {t("decisions.back")}
        </Link>
      </p>
    </div>
  );
}

/** The decision in force against the cluster's scores now, in the round and rubric it was made on. */
async function changesSince(then: DecisionSnapshot, roundId: number, cluster: string, user: Parameters<typeof currentSnapshot>[1]) {
  const db = await getDb();
  const now = await currentSnapshot(db, user, { roundId, roundCode: then.round, version: then.rubricVersion, cluster });
  return snapshotChanges(then, now);
}
