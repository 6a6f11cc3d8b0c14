import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateTokenForm, RevokeTokenButton } from "@/components/forms/token-forms";
import { TokenTable } from "@/components/ui/token-table";
import { getDb } from "@/db/client";
import { listTokens } from "@/db/queries/tokens";
import { requirePermission } from "@/lib/auth/guards";
import { toLocale } from "@/lib/i18n/config";
import { createTokenAction, revokeTokenAction } from "./actions";
import { tokenLabels, tokenRows } from "./rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

export default async function TokensPage() {
  const user = await requirePermission("token:own", "/account/tokens");
  const [t, locale, tokens] = await Promise.all([getTranslations(), getLocale(), getDb().then((db) => listTokens(db, user.id))]);
  const rows = tokenRows(tokens, t, toLocale(locale), new Date());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("tokens.title")}</h1>
      <p className="max-w-3xl">{t("tokens.intro")}</p>
      <section className="card max-w-xl">
        <CreateTokenForm action={createTokenAction} />
      </section>
      <section className="card">
        {rows.length === 0 ? (
          <p>{t("tokens.none")}</p>
        ) : (
          <TokenTable rows={rows.map((r) => ({ ...r.cells, action: r.active ? <RevokeTokenButton action={revokeTokenAction} id={r.token.id} /> : null }))} labels={tokenLabels(t)} showOwner={false} />
        )}
      </section>
    </div>
  );
}
