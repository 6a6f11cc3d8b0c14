import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateAccountForm } from "@/components/forms/account-forms";
import { getDb } from "@/db/client";
import { listAccounts } from "@/db/queries/accounts";
import { requirePermission } from "@/lib/auth/guards";
import { createAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("accountsTitle") };
}

export default async function AccountsPage() {
  await requirePermission("account:manage", "/admin/users");
  const [t, accounts] = await Promise.all([getTranslations(), getDb().then(listAccounts)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("admin.accountsTitle")}</h1>
      <section className="card overflow-x-auto" tabIndex={0} aria-labelledby="accounts">
        <h2 id="accounts" className="mb-2 text-lg font-semibold">
          {t("admin.accountCount", { count: accounts.length })}
        </h2>
        <table className="data-table" data-testid="accounts">
          <thead>
            <tr>
              <th scope="col">{t("admin.username")}</th>
              <th scope="col">{t("admin.displayName")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.regions")}</th>
              <th scope="col">{t("admin.status")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link className="link font-mono" href={`/admin/users/${a.id}`}>
                    {a.username}
                  </Link>
                </td>
                <td>{a.displayName}</td>
                <td>{t(`roles.${a.role}`)}</td>
                <td className="font-mono">{a.regions.join(", ") || "—"}</td>
                <td>{a.active ? t("admin.active") : t("admin.disabled")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card max-w-xl" aria-labelledby="new-account">
        <h2 id="new-account" className="mb-2 text-lg font-semibold">
          {t("admin.newAccount")}
        </h2>
        <CreateAccountForm action={createAccountAction} />
      </section>
    </div>
  );
}
