import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CopyRubricForm } from "@/components/forms/rubric-forms";
import { getDb } from "@/db/client";
import { listRubricVersions } from "@/db/queries/scores";
import { listAllRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { copyRubricAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rubrics"))("title") };
}

export default async function RubricsPage() {
  await requirePermission("rubric:manage", "/admin/rubrics");
  const db = await getDb();
  const [t, locale, versions, rounds] = await Promise.all([getTranslations("rubrics"), getLocale(), listRubricVersions(db), listAllRounds(db)]);
  const names = versions.map((v) => v.version);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <section className="card overflow-x-auto" tabIndex={0}>
        <table className="data-table" data-testid="rubrics">
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("label")}</th>
              <th scope="col">{t("basedOn")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("created")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>
                  <Link className="link font-mono" href={`/admin/rubrics/${encodeURIComponent(v.version)}`}>
                    {v.version}
                  </Link>
                </td>
                <td>{v.label}</td>
                <td className="font-mono">{v.basedOn ?? "—"}</td>
                <td>{v.locked ? t("locked") : t("editable")}</td>
                <td>{formatDateTime(v.createdAt, toLocale(locale))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="copy">
          <h2 id="copy" className="mb-2 text-lg font-semibold">
            {t("copyTitle")}
          </h2>
          <CopyRubricForm action={copyRubricAction} versions={names} defaultFrom={names[0] ?? ""} />
        </section>
        <section className="card" aria-labelledby="compare">
          <h2 id="compare" className="mb-2 text-lg font-semibold">
            {t("compareTitle")}
          </h2>
          <form action="/admin/rubrics/compare" className="flex flex-col gap-3">
            {(["a", "b"] as const).map((k, i) => (
              <div key={k}>
                <label htmlFor={k} className="label">
                  {t(k === "a" ? "versionA" : "versionB")}
                </label>
                <select id={k} name={k} defaultValue={names[Math.min(i, names.length - 1)]} className="field">
                  {names.map((v) => (
                    <option key={v}>{v}</option>
                  ))}
                </select>
              </div>
            ))}
            <div>
              <label htmlFor="round" className="label">
                {t("round")}
              </label>
              <select id="round" name="round" className="field">
                {rounds.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn self-start">
              {t("compare")}
            </button>
          </form>
        </section>
      </div>
    </div>
  );
}
