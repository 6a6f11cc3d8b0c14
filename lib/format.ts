import { getEnv } from "./env";
import { INTL_LOCALE, type Locale } from "./i18n/config";

/** 1.234,5 in Indonesian, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The zone every date and time is shown in (PORTAL_TIME_ZONE, Asia/Jakarta by default). */
export function displayTimeZone(): string {
  return getEnv().timeZone;
}

/** "28 November 2026 pukul 14.05 WIB": a moment, in the portal's time zone, naming the zone. */
export function formatDateTime(value: Date, locale: Locale, timeZone = displayTimeZone()): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(value) + ` ${timeZoneName(value, locale, timeZone)}`;
}

/** The calendar day of a moment in the portal's time zone: an import at 20:00 UTC is the next day in WIB. */
export function formatDay(value: Date, locale: Locale, timeZone = displayTimeZone()): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(value);
}

/** "WIB" in Indonesian for Asia/Jakarta, "GMT+7" in English. */
export function timeZoneName(value: Date, locale: Locale, timeZone = displayTimeZone()): string {
  const part = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: "short" })
    .formatToParts(value)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** An ISO calendar date (2019-03-01), which has no time zone, as "1 Maret 2019" / "1 March 2019". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Rp 1.250.000 (rupiah, no decimals). */
export function formatRupiah(value: number, locale: Locale): string {
  return `Rp ${formatNumber(value, locale)}`;
}
