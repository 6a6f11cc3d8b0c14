import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("signIn");
  return (
    <section className="card mx-auto mt-6 max-w-md">
      <h1 className="mb-4 text-xl font-bold">{t("title")}</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
