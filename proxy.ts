// Sets each page's Content-Security-Policy with a fresh nonce (Next puts it on its own
// scripts), HSTS behind HTTPS, and tells pages which address was asked for (so sign-in can
// return to it), and answers 503 while the database is down. It is NOT a guard: every page and action checks the user itself.
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/db/health";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/request-path";
import { isHttps, pageSecurityHeaders, tileOriginOf } from "@/lib/security/headers";
import { badAddressHtml, badAddressJson, malformedPath, RETRY_AFTER_SECONDS, unavailableHtml, unavailableJson } from "@/lib/unavailable/page";

/** A sentence answered before any page runs: HTML for pages, JSON for the API, in the reader's language. */
function plainAnswer(request: NextRequest, api: boolean, status: number, body: { html: (l: Locale) => string; json: (l: Locale) => string }, headers: Record<string, string> = {}) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  return new NextResponse(api ? body.json(locale) : body.html(locale), {
    status,
    headers: { "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** While the database is down every page and API answer is a 503 with a sentence; it clears by itself. */
const unavailable = (request: NextRequest, api: boolean) =>
  plainAnswer(request, api, 503, { html: unavailableHtml, json: unavailableJson }, { "Retry-After": String(RETRY_AFTER_SECONDS) });

/** An address whose percent codes do not decode: 400 with a sentence, not Next's bare 500. */
const badAddress = (request: NextRequest, api: boolean) => plainAnswer(request, api, 400, { html: badAddressHtml, json: badAddressJson });

export async function proxy(request: NextRequest) {
  const api = request.nextUrl.pathname.startsWith("/api/");
  if (malformedPath(request.nextUrl.pathname)) return badAddress(request, api);
  if (!(await databaseReachable())) return unavailable(request, api);
  if (api) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = pageSecurityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: isHttps({ configuredUrl: process.env.NEXTAUTH_URL, protocol: request.nextUrl.protocol, forwardedProto: request.headers.get("x-forwarded-proto") }),
    tileOrigin: tileOriginOf(process.env.MAP_TILE_URL),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export const config = {
  matcher: [
    {
      // pages and the API (which gets the database check only); static files need neither
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
