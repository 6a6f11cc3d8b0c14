import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { SideNav } from "@/components/ui/side-nav";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { clientMessages } from "@/lib/i18n/messages";
import { navigationFor } from "@/lib/navigation";
import "./globals.css";

// Every page reads the session and the database at request time; nothing is baked at build.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s — ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = toLocale(await getLocale());
  const [t, messages, user] = await Promise.all([getTranslations(), getMessages(), getCurrentUser()]);
  const nav = navigationFor(user).map((a) => ({ href: a.href, label: t(`nav.${a.key}`) }));

  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-100 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t("app.skipToContent")}
        </a>
        <header className="bg-brand text-white">
          <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <Link href="/" className="text-base font-bold md:text-lg">
              {t("app.name")}
            </Link>
            <div className="flex flex-wrap items-center gap-3">
              <LanguageSwitch locale={locale} label={t("app.language")} />
              {user ? (
                <div className="flex items-center gap-2 text-sm" data-testid="account">
                  <Link href="/account" className="underline-offset-2 hover:underline" title={t("app.accountLink")}>
                    {user.displayName} · <span className="opacity-80">{t(`roles.${user.role}`)}</span>
                  </Link>
                  <SignOutButton label={t("app.signOut")} />
                </div>
              ) : (
                <Link href="/sign-in" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand">
                  {t("app.signIn")}
                </Link>
              )}
            </div>
          </div>
        </header>
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)}>
          <div className="flex min-h-[calc(100vh-3.5rem)] flex-col md:flex-row">
            <SideNav items={nav} menuLabel={t("app.menu")} navLabel={t("app.mainNav")} />
            <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
              {children}
            </main>
          </div>
        </NextIntlClientProvider>
        <footer className="border-t border-slate-200 bg-white px-4 py-3 text-xs text-slate-600">
          {t("app.footer")}{" "}
          <Link className="link" href="/about-data">
            {t("app.aboutData")}
          </Link>
        </footer>
      </body>
    </html>
  );
}
