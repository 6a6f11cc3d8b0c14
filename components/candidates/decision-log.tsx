import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { DecisionWithRound } from "@/db/queries/decisions";
import type { DecisionSnapshot } from "@/lib/candidates";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { DecisionBadge } from "./decision-badge";

/** Decisions newest first, each with who, when, why and the scores it was made on. */
export async function DecisionLog({ decisions, showCluster, testId = "decision-log" }: { decisions: DecisionWithRound[]; showCluster?: boolean; testId?: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  if (decisions.length === 0) return <p data-testid={testId}>{t("decisions.empty")}</p>;
  const superseded = new Set(decisions.map((d) => d.supersedes).filter((x): x is number => x !== null));
  const num = (v: number | null, digits: number) => (v === null ? t("scores.noData") : formatNumber(v, l, digits));
  return (
    <ol className="flex flex-col gap-3" data-testid={testId}>
      {decisions.map((d) => {
        const s = d.snapshot as DecisionSnapshot;
        const href = `/candidates/${encodeURIComponent(d.roundCode)}/${encodeURIComponent(d.clusterCode)}?rubric=${encodeURIComponent(d.rubricVersion)}`;
        return (
          <li key={d.id} className="rounded-md border border-slate-200 p-3" data-decision-id={d.id}>
            <div className="flex flex-wrap items-center gap-2">
              <DecisionBadge kind={d.kind} label={t(`decisions.kind.${d.kind}`)} />
              <span className="text-xs text-slate-700">{superseded.has(d.id) ? t("decisions.superseded") : t("decisions.inForce")}</span>
              {showCluster && (
                <Link className="link font-semibold" href={href}>
                  {d.clusterName} <span className="font-mono text-xs">{d.clusterCode}</span>
                </Link>
              )}
            </div>
            <p className="mt-1 break-words">
              <span className="font-semibold">{t("decisions.reason")}:</span> {d.reason}
            </p>
            <p className="text-sm text-slate-700">
              {t("decisions.who")} {d.decidedByUsername} · {formatDateTime(d.decidedAt, l)}
              {d.reviewOn && ` · ${t("decisions.reviewOn")} ${formatDate(d.reviewOn, l)}`}
            </p>
            <p className="text-xs text-slate-700">
              {t("decisions.snapshot")}:{" "}
              {t("decisions.snapshotLine", {
                round: s.round,
                rubric: s.rubricVersion,
                readiness: num(s.readiness, 2),
                stratum: s.stratum ? t(`scores.strata.${s.stratum}`) : t("scores.noData"),
                priority: num(s.priority.value, 1),
                candidate: s.candidate ? t("decisions.isCandidate") : t("decisions.notCandidate"),
              })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
