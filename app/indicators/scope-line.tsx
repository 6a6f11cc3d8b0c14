import { getTranslations } from "next-intl/server";
import { OriginBadge } from "@/components/ui/origin-badge";
import type { Locale } from "@/lib/i18n/config";
import type { IndicatorData } from "./load";
import { EmptyState } from "@/components/ui/empty-state";
import type { NextStep } from "@/lib/empty-state";

type Props = { data: Extract<IndicatorData, { kind: "ok" }>; locale: Locale; step: NextStep };

/** What the numbers below are about: round, origin, region, n; a note when the region was ignored; the empty state. */
export async function ScopeLine({ data, locale, step }: Props) {
  const t = await getTranslations();
  return (
    <>
      {data.ignoredRegion && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-900" data-testid="region-ignored">
          {t("indicators.regionIgnored", { code: data.ignoredRegion })}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="scope">
        <span className="font-semibold">{data.round.name}</span>
        <OriginBadge origin={data.round.origin} label={t(`origin.${data.round.origin}`)} />
        <span>
          {data.region ? t("indicators.regionLabel", { name: data.region.name, code: data.region.code }) : t("indicators.allRegions")}
          <span aria-hidden="true"> · </span>
          {t("indicators.scope", { count: data.counts.respondents })}
        </span>
      </p>
      {data.counts.respondents === 0 && (
        <EmptyState why={t("indicators.noData")} step={step} />
      )}
    </>
  );
}
