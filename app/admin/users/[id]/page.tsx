import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditAccountForm, ResetPasswordForm } from "@/components/forms/account-forms";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getAccount } from "@/db/queries/accounts";
import { requirePermission } from "@/lib/auth/guards";
import { resetPasswordAction, updateAccountAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("editTitle") };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("account:manage", `/admin/users/${id}`);
  const account = /^\d{1,9}$/.test(id) ? await getAccount(await getDb(), Number(id)) : null;
  if (!account) notFound();
  const [t, { created }] = await Promise.all([getTranslations("admin"), searchParams]);
  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("accountsTitle"), href: "/admin/users" }, { label: account.username }]} label={t("accountsTitle")} />
      <h1 className="text-2xl font-bold">
        {t("editTitle")}: <span className="font-mono">{account.username}</span>
      </h1>
      {created && (
        <p role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("created")}
        </p>
      )}
      <section className="card max-w-xl">
        <EditAccountForm action={updateAccountAction} account={account} />
      </section>
      <section className="card max-w-xl" aria-labelledby="reset">
        <h2 id="reset" className="mb-2 text-lg font-semibold">
          {t("resetPassword")}
        </h2>
        <ResetPasswordForm action={resetPasswordAction} id={account.id} />
      </section>
    </div>
  );
}
