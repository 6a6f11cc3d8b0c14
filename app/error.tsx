"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails: a sentence in the user's language, never the error itself. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <section className="card max-w-xl" role="alert">
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" className="btn mt-3" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
