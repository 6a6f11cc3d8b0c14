import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import type { PageWindow } from "@/lib/paging";

/** "Rows 101–200 of 10,000" with links to the pages before and after; nothing when one page holds the list. */
export async function Pager({ window, href, label }: { window: PageWindow; href: (page: number) => string; label: string }) {
  const [t, locale] = await Promise.all([getTranslations("paging"), getLocale()]);
  const n = (v: number) => formatNumber(v, toLocale(locale));
  if (window.pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-3 text-sm" data-testid="pager">
      <span data-testid="pager-rows">{t("rows", { from: n(window.from), to: n(window.to), total: n(window.total) })}</span>
      {window.page > 1 && (
        <Link className="link" href={href(window.page - 1)} rel="prev">
          {t("previous")}
        </Link>
      )}
      {window.page < window.pages && (
        <Link className="link" href={href(window.page + 1)} rel="next">
          {t("next")}
        </Link>
      )}
      <span className="text-slate-600">{t("page", { page: n(window.page), pages: n(window.pages) })}</span>
    </nav>
  );
}
