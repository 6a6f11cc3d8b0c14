import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import type { PageInfo } from "@/lib/pagination";
import type { PagerTexts } from "./pager";

/** The pager's words in the user's language: "Baris 101–200 dari 16.988"; `label` names the list. */
export async function pagerTexts(info: PageInfo, label: string): Promise<PagerTexts> {
  const [t, locale] = await Promise.all([getTranslations("pager"), getLocale()]);
  const l = toLocale(locale);
  return { label, rows: t("rows", { from: formatNumber(info.from, l), to: formatNumber(info.to, l), total: formatNumber(info.total, l) }), prev: t("prev"), next: t("next") };
}
