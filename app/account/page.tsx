import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeOwnPasswordForm, SignOutEverywhereForm } from "@/components/forms/own-account-forms";
import { getCurrentSession, requireUser } from "@/lib/auth/session";
import { sessionEndsAt } from "@/lib/auth/session-rules";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { changeOwnPasswordAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function OwnAccountPage() {
  const user = await requireUser("/account");
  const [t, locale, session] = await Promise.all([getTranslations(), getLocale(), getCurrentSession()]);
  const signedInAt = session ? new Date(session.claims.signedInAt * 1000) : null;
  const when = (d: Date) => formatDateTime(d, toLocale(locale));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      <section className="card max-w-xl">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("account.username")}</dt>
          <dd className="font-mono">{user.username}</dd>
          <dt className="font-medium">{t("account.role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          <dt className="font-medium">{t("account.regions")}</dt>
          <dd>{user.regions.length ? user.regions.join(", ") : t("account.allRegions")}</dd>
          {signedInAt && (
            <>
              <dt className="font-medium">{t("account.signedInAt")}</dt>
              <dd>{when(signedInAt)}</dd>
              <dt className="font-medium">{t("account.sessionEnds")}</dt>
              <dd>{when(sessionEndsAt(session!.claims.signedInAt))}</dd>
            </>
          )}
        </dl>
        <p className="mt-3 text-sm text-slate-600">{t("account.sessionNote")}</p>
      </section>
      <section className="card max-w-xl" aria-labelledby="change-password">
        <h2 id="change-password" className="mb-2 text-lg font-semibold">
          {t("account.changePassword")}
        </h2>
        <ChangeOwnPasswordForm action={changeOwnPasswordAction} />
      </section>
      <section className="card max-w-xl" aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere" className="mb-2 text-lg font-semibold">
          {t("account.signOutEverywhere")}
        </h2>
        <p className="mb-3 text-sm">{t("account.signOutEverywhereExplain")}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
