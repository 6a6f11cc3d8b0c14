import { getLocale, getTranslations } from "next-intl/server";
import { RuleMark } from "@/components/ui/stratum-badge";
import { CRITERIA, type Criteria, type CriterionResult } from "@/lib/candidates";
import { formatNumber } from "@/lib/format";
import { toLocale, type Locale } from "@/lib/i18n/config";

type T = Awaited<ReturnType<typeof getTranslations>>;

function valueText(c: CriterionResult, t: T, l: Locale): { value: string; threshold: string } {
  const pct = (x: number) => `${formatNumber(x * 100, l, 1)} %`;
  if (c.id === "C1") {
    return { value: c.value ? t(`scores.strata.${c.value}`) : t("candidates.noValue"), threshold: c.threshold.map((s) => t(`scores.strata.${s}`)).join(" / ") };
  }
  if (c.value === null) return { value: t("candidates.noValue"), threshold: c.id === "C3" || c.id === "C4" ? pct(c.threshold) : formatNumber(c.threshold, l, c.id === "C2" ? 2 : 0) };
  if (c.id === "C3" || c.id === "C4") return { value: pct(c.value), threshold: pct(c.threshold) };
  if (c.id === "C2") return { value: formatNumber(c.value, l, 2), threshold: formatNumber(c.threshold, l, 2) };
  if (c.id === "C5") return { value: formatNumber(c.value, l, 1), threshold: formatNumber(c.threshold, l, 0) };
  return { value: formatNumber(c.value, l), threshold: formatNumber(c.threshold, l) };
}

/** C1-C6 with pass/fail/unknown, the cluster's value and the threshold. */
export async function CriteriaList({ criteria }: { criteria: Criteria }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  return (
    <ul className="flex min-w-56 flex-col gap-0.5 text-xs">
      {CRITERIA.map((id) => {
        const c = criteria[id];
        return (
          <li key={id} data-criterion={id} data-status={c.status} className="flex items-start gap-1">
            <RuleMark status={c.status} label={t(`candidates.status.${c.status}`)} />
            <span>
              <span className="font-semibold">{t(`candidates.criterion.${id}`)}</span>: {t(`candidates.criterionRule.${id}`, valueText(c, t, l))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
