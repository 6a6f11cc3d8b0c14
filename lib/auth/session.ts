import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getSessionAccount, type AccountView } from "@/db/queries/accounts";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";
import { safeReturnPath } from "@/lib/safe-redirect";
import { authOptions } from "./options";
import { readClaims, sessionAccepted, type SessionClaims } from "./session-rules";

export type CurrentUser = AccountView;

/** This request's session token claims, once their user, version, sign-out and age are checked. */
export const getCurrentSession = cache(async (): Promise<{ user: CurrentUser; claims: SessionClaims } | null> => {
  // the token itself, read on the server only: the browser's session endpoint never shows it
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  const token = await getToken({ req: { headers: requestHeaders, cookies: requestCookies } as never, secret: authOptions.secret });
  const claims = readClaims(token);
  const id = Number(claims?.uid);
  if (!claims || !Number.isInteger(id) || id <= 0) return null;
  const found = await getSessionAccount(await getDb(), id, claims.sid);
  if (!found || !sessionAccepted(claims, found.state, new Date())) return null;
  return { user: found.account, claims };
});

/** The signed-in, still-active account for this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getCurrentSession())?.user ?? null);

/**
 * For pages: the current user, or a redirect to the sign-in page that comes back to the
 * address asked for, query included (set by proxy.ts); `returnTo` when that is unknown.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(asked ?? returnTo))}`);
  }
  return user;
}
