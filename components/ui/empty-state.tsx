import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { stepLinksToData, type NextStep } from "@/lib/empty-state";

/** Why there is nothing, and the next step for this user (nextStepFor), never a blank panel. */
export async function EmptyState({ why, step, className = "card" }: { why: string; step: NextStep; className?: string }) {
  const t = await getTranslations("empty");
  return (
    <section className={className} data-testid="empty-state">
      <p>
        {why} {t(step)}
      </p>
      {stepLinksToData(step) && (
        <p className="mt-2">
          <Link className="link" href="/data/import">
            {t("goToImport")}
          </Link>
        </p>
      )}
    </section>
  );
}
