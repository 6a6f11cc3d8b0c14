import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getRubricVersion } from "@/db/queries/scores";
import { findRoundById } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { unitRefKey } from "@/lib/compare/selection";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import type { Rubric } from "@/lib/scoring/rubric";
import { openSavedComparison } from "@/services/compare";
import { Comparison } from "../../comparison";
import { comparisonOf } from "../../load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("compare"))("savedTitle")} ${(await params).id}` };
}

/** A saved comparison's short link: the same view for anyone who may see every place in it, "not found" for anyone else. */
export default async function SavedComparisonPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePermission("survey:view", `/compare/s/${id}`);
  const db = await getDb();
  const opened = await openSavedComparison(db, user, id);
  if (!opened) notFound();
  const [t, locale, round, rubricRow] = await Promise.all([
    getTranslations(),
    getLocale(),
    findRoundById(db, opened.saved.roundId),
    getRubricVersion(db, opened.saved.rubricVersion),
  ]);
  if (!round || !rubricRow) notFound();
  const view = comparisonOf(rubricRow.definition as Rubric, round.code, opened.units, opened.snapshots);
  const edit = new URLSearchParams({ round: round.code });
  for (const u of opened.units) edit.append("u", unitRefKey(u));

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("compare.title"), href: "/compare" }, { label: opened.saved.title }]} label={t("regions.breadcrumb")} />
      <header className="card">
        <p className="text-sm text-slate-600">{t("compare.savedTitle")}</p>
        <h1 className="text-2xl font-bold" data-testid="saved-title">
          {opened.saved.title}
        </h1>
        <p className="mt-1 text-sm text-slate-700">
          {t("compare.savedOn", { when: formatDateTime(opened.saved.createdAt, toLocale(locale)) })} · {round.name}
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("compare.savedLink")}</p>
        <p className="mt-1 break-all font-mono text-sm" data-testid="short-link">
          /compare/s/{opened.saved.id}
        </p>
        <p className="mt-2">
          <Link className="link" href={`/compare?${edit.toString()}`}>
            {t("compare.openInCompare")}
          </Link>
        </p>
      </header>
      <Comparison units={view.units} rows={view.rows} source={t("compare.source", { round: round.name, rubric: opened.saved.rubricVersion })} />
    </div>
  );
}
