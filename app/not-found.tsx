import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="card max-w-xl">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <p className="mt-3">
        <Link className="link" href="/">
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
