import type { getTranslations } from "next-intl/server";
import type { listTokens } from "@/db/queries/tokens";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** Token rows as both token pages print them. */
export function tokenRows(tokens: Awaited<ReturnType<typeof listTokens>>, t: T, l: Locale, now: Date) {
  return tokens.map((k) => ({
    token: k,
    active: !k.revokedAt && k.expiresAt > now,
    cells: {
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      owner: k.owner,
      expires: formatDateTime(k.expiresAt, l),
      lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt, l) : t("tokens.never"),
      uses: formatNumber(k.useCount, l),
      status: k.revokedAt ? t("tokens.revoked") : k.expiresAt <= now ? t("tokens.expired") : t("tokens.active"),
    },
  }));
}

export function tokenLabels(t: T) {
  return { title: t("tokens.title"), name: t("tokens.name"), prefix: t("tokens.prefix"), owner: t("tokens.owner"), expires: t("tokens.expires"), lastUsed: t("tokens.lastUsed"), uses: t("tokens.uses"), status: t("tokens.status") };
}
