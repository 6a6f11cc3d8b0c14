import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

const NOTICES = ["password_changed", "signed_out_everywhere"] as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  const notice = NOTICES.find((n) => n === params.notice);
  return (
    <section className="card mx-auto mt-6 max-w-md">
      <h1 className="mb-4 text-xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="mb-4 rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          {t(`notice_${notice}`)}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
