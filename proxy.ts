// Sets each page's Content-Security-Policy with a fresh nonce (Next puts it on its own
// scripts), HSTS behind HTTPS, and tells pages which address was asked for (so sign-in can
// return to it). It is NOT a guard: every page and action checks the user itself.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/request-path";
import { isHttps, pageSecurityHeaders, tileOriginOf } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
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
      // pages only: API answers and static files run no scripts of ours
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
