import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { NextStep } from "@/lib/empty-state";

/** Nothing to count yet: say why and what this user can do. */
export async function NoRounds({ step }: { step: NextStep }) {
  const t = await getTranslations("indicators");
  return <EmptyState why={t("noRounds")} step={step} />;
}
