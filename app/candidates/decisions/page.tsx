import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DecisionLog } from "@/components/candidates/decision-log";
import { getDb } from "@/db/client";
import { listDecisions } from "@/db/queries/decisions";
import { requirePermission } from "@/lib/auth/guards";
import { isRegionCode } from "@/lib/regions/admin-units";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions"))("logTitle") };
}

/** The decision log of a region (or of all the user's regions), newest first. */
export default async function DecisionLogPage({ searchParams }: { searchParams: Promise<{ region?: string }> }) {
  const user = await requirePermission("survey:view", "/candidates/decisions");
  const sp = await searchParams;
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;
  const [t, decisions] = await Promise.all([getTranslations(), listDecisions(await getDb(), user, { regionCode: region })]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("decisions.regionLog")}</h1>
      <p className="max-w-3xl">{t("decisions.logIntro")}</p>
      <form action="/candidates/decisions" className="card flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="region" className="label">
            {t("candidates.region")}
          </label>
          <input id="region" name="region" defaultValue={region ?? ""} className="field" placeholder="18.01" />
        </div>
        <button className="btn" type="submit">
          {t("candidates.show")}
        </button>
      </form>
      <section className="card">
        <DecisionLog decisions={decisions} showCluster />
      </section>
      <p>
        <Link className="link" href="/candidates">
          {t("decisions.back")}
        </Link>
      </p>
    </div>
  );
}
