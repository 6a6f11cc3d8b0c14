import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditRubricForm, RescoreForm } from "@/components/forms/rubric-forms";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getRubricVersion } from "@/db/queries/scores";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { rescoreRubricAction, updateRubricAction } from "../actions";

type Props = { params: Promise<{ version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).version };
}

export default async function RubricPage({ params }: Props) {
  const version = (await params).version;
  await requirePermission("rubric:manage", `/admin/rubrics/${encodeURIComponent(version)}`);
  const row = await getRubricVersion(await getDb(), version);
  if (!row) notFound();
  const [t, ts, locale] = await Promise.all([getTranslations("rubrics"), getTranslations("scores"), getLocale()]);
  const l = toLocale(locale);
  const rubric = row.definition;
  const n = (v: number) => formatNumber(v, l, 3);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("title"), href: "/admin/rubrics" }, { label: version }]} label={t("title")} />
      <h1 className="text-2xl font-bold">
        <span className="font-mono">{version}</span> — {row.label}
      </h1>
      <p>{row.locked ? t("lockedExplain") : t("editableExplain", { basedOn: row.basedOn ?? "—" })}</p>
      <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="params">
        <h2 id="params" className="mb-2 text-lg font-semibold">
          {t("parameters")}
        </h2>
        <table className="data-table" data-testid="rubric-weights">
          <thead>
            <tr>
              <th scope="col">{ts("variable")}</th>
              <th scope="col">{ts("weight")}</th>
              <th scope="col">{ts("indicator")}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.variables.map((v) => (
              <tr key={v.name}>
                <td>{ts(`variables.${v.name}`)}</td>
                <td>{n(v.weight)}</td>
                <td className="font-mono text-xs">{v.indicators.map((i) => i.name).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm">{t("cutoffsText", { rintisan: n(rubric.cutoffs.rintisan), matang: n(rubric.cutoffs.matang) })}</p>
      </section>
      {!row.locked && (
        <section className="card" aria-labelledby="edit">
          <h2 id="edit" className="mb-2 text-lg font-semibold">
            {t("edit")}
          </h2>
          <EditRubricForm action={updateRubricAction} rubric={rubric} />
        </section>
      )}
      <section className="card" aria-labelledby="rescore">
        <h2 id="rescore" className="mb-2 text-lg font-semibold">
          {t("rescoreTitle")}
        </h2>
        <p className="mb-2 text-sm">{t("rescoreExplain")}</p>
        <RescoreForm action={rescoreRubricAction} version={version} />
      </section>
    </div>
  );
}
