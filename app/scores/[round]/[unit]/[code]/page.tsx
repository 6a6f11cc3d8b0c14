import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ScoreDetails, ScoreHeadline } from "@/components/scores/score-details";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getReadDb } from "@/db/client";
import { getRubricVersion, getSnapshot, pktdVillageNames } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { UNIT_KINDS } from "@/lib/surveys/units";

type Props = { params: Promise<{ round: string; unit: string; code: string }>; searchParams: Promise<{ rubric?: string }> };

/** "Canti — Kesiapan klaster": the unit's name, never its code (a code nobody recognises makes a poor tab). */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const p = await params;
  const t = await getTranslations("scores");
  const user = await getCurrentUser();
  const unit = UNIT_KINDS.find((u) => u === p.unit);
  if (!user || !unit || !can(user, "survey:view")) return { title: t("title") };
  const db = await getReadDb();
  const round = await getRoundInScope(db, user, p.round);
  const snapshot = round ? await getSnapshot(db, user, { roundId: round.id, version: (await searchParams).rubric ?? round.rubricVersion, unitType: unit, code: p.code }) : null;
  return { title: snapshot ? `${snapshot.unitName} — ${t("title")}` : t("title") };
}

export default async function UnitScorePage({ params, searchParams }: Props) {
  const p = await params;
  const roundCode = p.round;
  const code = p.code;
  const unit = UNIT_KINDS.find((u) => u === p.unit);
  const user = await requirePermission("survey:view", `/scores/${p.round}/${p.unit}/${p.code}`);
  if (!unit) notFound();
  const db = await getReadDb();
  const round = await getRoundInScope(db, user, roundCode);
  if (!round) notFound();
  const version = (await searchParams).rubric ?? round.rubricVersion;
  const [snapshot, rubricRow] = await Promise.all([getSnapshot(db, user, { roundId: round.id, version, unitType: unit, code }), getRubricVersion(db, version)]);
  if (!snapshot || !rubricRow) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const rubric = rubricRow.definition;
  const { score, policySupport } = snapshot.result;
  const villageNames = await pktdVillageNames(db, policySupport);

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb
        items={[
          { label: t("scores.title"), href: `/scores?round=${encodeURIComponent(round.code)}&unit=${unit}` },
          { label: round.name, href: `/scores?round=${encodeURIComponent(round.code)}&unit=${unit}&rubric=${encodeURIComponent(version)}` },
          { label: snapshot.unitName },
        ]}
        label={t("regions.breadcrumb")}
      />
      <header className="card">
        <p className="text-sm text-slate-600">
          {t(`scores.units.${unit}`)} · <span className="font-mono">{snapshot.unitCode}</span>
        </p>
        <h1 className="text-2xl font-bold">{snapshot.unitName}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <ScoreHeadline score={score} />
          <a className="btn-secondary" href="#why">
            {t("scores.why")}
          </a>
          {can(user, "brief:write", snapshot.regionCode) && (
            <a className="btn-secondary" data-testid="generate-brief" href={`/briefs?${new URLSearchParams({ unit: `${unit}:${snapshot.unitCode}`, round: round.code, rubric: version })}#brief-generate`}>
              {t("briefs.generate.fromProfile")}
            </a>
          )}
        </div>
        <p className="mt-3 text-xs text-slate-600">
          {t("scores.source", { round: round.code, rubric: version, when: formatDateTime(snapshot.computedAt, l) })}
        </p>
      </header>

      <ScoreDetails
        score={score}
        policySupport={policySupport}
        rubric={rubric}
        version={version}
        illustrative={round.origin !== "survey"}
        villageNames={villageNames}
        rubricHref={can(user, "rubric:manage") ? `/admin/rubrics/${encodeURIComponent(version)}` : undefined}
      />
    </div>
  );
}
