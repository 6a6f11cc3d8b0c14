export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
/** The language choice is remembered in this cookie for a year. */
export const LOCALE_COOKIE = "locale";

export function toLocale(value: string | undefined | null): Locale {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
}

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };
