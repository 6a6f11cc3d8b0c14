import { createRequire } from "node:module";
import path from "node:path";
import type { CookiesOptions } from "next-auth";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";

// next-auth's own cookie defaults, the ones the portal relies on (not in its package exports)
const { defaultCookies } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/lib/cookie.js")) as {
  defaultCookies: (useSecureCookies: boolean) => CookiesOptions;
};

describe("session cookies", () => {
  it("are left to next-auth's defaults, which follow NEXTAUTH_URL", () => {
    // overriding either would bypass the https → Secure rule below
    expect(authOptions.cookies).toBeUndefined();
    expect(authOptions.useSecureCookies).toBeUndefined();
  });

  it("are httpOnly and SameSite=Lax, and Secure with a __Secure- name behind https", () => {
    const https = defaultCookies(true);
    expect(https.sessionToken).toMatchObject({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", secure: true } });
    expect(https.csrfToken).toMatchObject({ name: "__Host-next-auth.csrf-token", options: { httpOnly: true, secure: true } });
    const http = defaultCookies(false);
    expect(http.sessionToken.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});
