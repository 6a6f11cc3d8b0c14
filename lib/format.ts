import { INTL_LOCALE, type Locale } from "./i18n/config";

/** 1.234,5 in Indonesian, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** "28 November 2026, 14.05" in Western Indonesia Time. */
export function formatDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  }).format(value);
}

/** An ISO date (2019-03-01) as "1 Maret 2019" / "1 March 2019". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Rp 1.250.000 (rupiah, no decimals). */
export function formatRupiah(value: number, locale: Locale): string {
  return `Rp ${formatNumber(value, locale)}`;
}
