import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RevokeTokenButton } from "@/components/forms/token-forms";
import { TokenTable } from "@/components/ui/token-table";
import { getDb } from "@/db/client";
import { listTokens } from "@/db/queries/tokens";
import { requirePermission } from "@/lib/auth/guards";
import { toLocale } from "@/lib/i18n/config";
import { revokeTokenAction } from "../../account/tokens/actions";
import { tokenLabels, tokenRows } from "../../account/tokens/rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("adminTitle") };
}

/** Every account's tokens with their use summary; administrators revoke any of them. */
export default async function AdminTokensPage() {
  await requirePermission("token:admin", "/admin/tokens");
  const [t, locale, tokens] = await Promise.all([getTranslations(), getLocale(), getDb().then((db) => listTokens(db, null))]);
  const rows = tokenRows(tokens, t, toLocale(locale), new Date());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("tokens.adminTitle")}</h1>
      <section className="card">
        {rows.length === 0 ? (
          <p>{t("tokens.none")}</p>
        ) : (
          <TokenTable rows={rows.map((r) => ({ ...r.cells, action: r.active ? <RevokeTokenButton action={revokeTokenAction} id={r.token.id} /> : null }))} labels={tokenLabels(t)} showOwner />
        )}
      </section>
    </div>
  );
}
