import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

/** n as a percentage of total (0-100, unrounded); 0 when nobody answered. */
export function shareOf(n: number, total: number): number {
  return total > 0 ? (100 * n) / total : 0;
}

/** One decimal in the user's locale: "69,3" / "69.3". */
export function formatShare(share: number, locale: Locale): string {
  return formatNumber(share, locale, 1);
}

/** "69,3 %" / "69.3 %", with a no-break space so the sign never wraps away from its number. */
export function formatPercent(share: number, locale: Locale): string {
  return `${formatShare(share, locale)}\u00A0%`;
}
