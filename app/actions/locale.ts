"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

/** Remembers the chosen language for a year; changes no data, so no sign-in is needed. */
export async function setLocaleAction(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}
