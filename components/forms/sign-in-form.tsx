"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** After sign-in a full page load, so every server component sees the new session. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.href = callbackUrl;
      return;
    }
    setPending(false);
    setError(result?.error === "throttled" ? t("throttled") : t("invalid"));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="rounded-md border border-fail bg-red-50 p-3 text-sm text-red-900">
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="username" className="label">
          {t("username")}
        </label>
        <input id="username" name="username" autoComplete="username" required className="field" />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="field" />
      </div>
      <button type="submit" className="btn self-start" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
