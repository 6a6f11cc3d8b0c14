import { defaultRound } from "@/lib/surveys/round-status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { BriefActionForm } from "@/components/forms/brief-forms";
import { getDb } from "@/db/client";
import { listBriefs } from "@/db/queries/briefs";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { generateBriefAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("briefs"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string; round?: string; rubric?: string }> };

export default async function BriefsPage({ searchParams }: Props) {
  const user = await requirePermission("brief:view", "/briefs");
  const db = await getDb();
  const [t, locale, briefs, rounds, sp] = await Promise.all([getTranslations(), getLocale(), listBriefs(db, user), listRounds(db, user), searchParams]);
  const l = toLocale(locale);
  return (
    <div className="flex flex-col gap-4">
      <header className="card">
        <h1 className="text-2xl font-bold">{t("briefs.title")}</h1>
        <p className="mt-2 text-sm">{t("briefs.intro")}</p>
      </header>
      <section className="card overflow-x-auto" aria-labelledby="brief-list" tabIndex={0}>
        <h2 id="brief-list" className="sr-only">
          {t("briefs.title")}
        </h2>
        {briefs.length === 0 ? (
          <p>{t("briefs.empty")}</p>
        ) : (
          <table className="data-table" data-testid="brief-list">
            <thead>
              <tr>
                <th scope="col">{t("briefs.list.unit")}</th>
                <th scope="col">{t("briefs.list.round")}</th>
                <th scope="col">{t("briefs.list.language")}</th>
                <th scope="col">{t("briefs.list.status")}</th>
                <th scope="col">{t("briefs.list.version")}</th>
                <th scope="col">{t("briefs.list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {briefs.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link className="link" href={`/briefs/${b.id}`}>
                      {b.unitName}
                    </Link>{" "}
                    <span className="font-mono text-xs">{b.unitCode}</span>
                  </td>
                  <td className="font-mono text-xs">{b.roundCode}</td>
                  <td>{t(`briefs.languages.${b.language}`)}</td>
                  <td>{t(`briefs.status.${b.status}`)}</td>
                  <td>{b.currentVersion}</td>
                  <td>{formatDateTime(b.updatedAt, l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {can(user, "brief:write") && rounds.length > 0 && (
        <section className="card" aria-labelledby="brief-generate">
          <h2 id="brief-generate" className="text-lg font-semibold">
            {t("briefs.generate.title")}
          </h2>
          <BriefActionForm action={generateBriefAction} submit={t("briefs.generate.submit")} testId="brief-generate">
            <label className="label" htmlFor="unit">
              {t("briefs.generate.unit")}
            </label>
            <input id="unit" name="unit" className="field" required defaultValue={sp.unit ?? ""} aria-describedby="unit-hint" />
            <p id="unit-hint" className="text-xs text-slate-600">
              {t("briefs.generate.unitHint")}
            </p>
            <label className="label" htmlFor="round">
              {t("briefs.generate.round")}
            </label>
            <select id="round" name="round" className="field" defaultValue={sp.round ?? defaultRound(rounds)?.code}>
              {rounds.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </select>
            {sp.rubric && <input type="hidden" name="rubric" value={sp.rubric} />}
            <label className="label" htmlFor="lang">
              {t("briefs.generate.language")}
            </label>
            <select id="lang" name="lang" className="field" defaultValue={l}>
              <option value="id">{t("briefs.languages.id")}</option>
              <option value="en">{t("briefs.languages.en")}</option>
            </select>
          </BriefActionForm>
        </section>
      )}
    </div>
  );
}
