import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicationForm } from "@/components/forms/publication-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { toLocale } from "@/lib/i18n/config";
import { createPublicationAction } from "../actions";
import { publicationFormOptions } from "../form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publications"))("new") };
}

export default async function NewPublicationPage() {
  const user = await requirePermission("publication:write", "/publications/new");
  const [t, locale, rounds] = await Promise.all([getTranslations(), getLocale(), getDb().then((db) => listRounds(db, user))]);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("publications.title"), href: "/publications" }, { label: t("publications.new") }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("publications.new")}</h1>
      <section className="card">
        <PublicationForm
          action={createPublicationAction}
          isNew
          values={{ slug: "", title: "", authors: user.displayName, abstract: "", body: "", roundCode: "", figures: [], includeDataset: false, licence: "CC-BY-4.0" }}
          rounds={rounds.filter((r) => r.status !== "withdrawn").map((r) => ({ code: r.code, name: r.name, status: t(`roundStatus.${r.status}`) }))}
          {...publicationFormOptions(t, toLocale(locale))}
        />
      </section>
    </div>
  );
}
