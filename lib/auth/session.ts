import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getActiveAccount, type AccountView } from "@/db/queries/accounts";
import { authOptions } from "./options";

export type CurrentUser = AccountView;

/** The signed-in, still-active account for this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string } | null;
  const id = Number(session?.uid);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getActiveAccount(await getDb(), id);
});

/** For pages: the current user, or a redirect to the sign-in page. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
