import type { getTranslations } from "next-intl/server";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import type { Locale } from "@/lib/i18n/config";
import { LICENCES, LICENCE_NAMES, UNIT_LEVELS } from "@/lib/publish/publication-schema";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** The choices of the publication form in the user's language. */
export function publicationFormOptions(t: T, locale: Locale) {
  return {
    indicatorOptions: INDICATOR_FIELDS.map((f) => ({ value: `indicator:${f.name}`, label: f.label[locale] })),
    scoreOptions: UNIT_LEVELS.map((u) => ({ value: `scores:${u}`, label: t(`public.unitLevel.${u}`) })),
    licences: LICENCES.map((l) => ({ value: l, label: LICENCE_NAMES[l].name })),
  };
}
