import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/forms/import-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { BUDGET } from "@/lib/import/budgets";
import { warmImportCaches } from "@/services/import";
import { uploadImportAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const user = await requirePermission("pktd:import", "/data/import");
  const db = await getDb();
  warmImportCaches(db);
  const [t, rounds] = await Promise.all([getTranslations(), listRounds(db, user)]);
  const kinds = can(user, "survey:import") ? (["respondents", "clusters", "pktd"] as const) : (["pktd"] as const);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("data.title"), href: "/data" }, { label: t("import.title") }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("import.title")}</h1>
      <p className="max-w-3xl">{t("import.intro")}</p>
      <section className="card max-w-3xl">
        <ImportForm action={uploadImportAction} rounds={rounds.map((r) => ({ code: r.code, name: r.name }))} kinds={[...kinds]} maxFileMb={BUDGET.maxFileMb} />
      </section>
    </div>
  );
}
