"use server";

import { endAllSessions, getPasswordHash, updateAccount } from "@/db/queries/accounts";
import { authorizedAction } from "@/lib/actions";
import { changeOwnPasswordSchema, noInput } from "@/lib/auth/account-schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

const ACCOUNT = "user";

/** The user's own password, with the current one; every session (this one too) ends. */
export const changeOwnPasswordAction = authorizedAction(
  { permission: "account:own", schema: changeOwnPasswordSchema },
  async ({ tx, input, user, audit }) => {
    const hash = await getPasswordHash(tx, user.id);
    if (!hash || !(await verifyPassword(hash, input.currentPassword))) throw new AppError("invalid", "wrong_current_password");
    await updateAccount(tx, user.id, { passwordHash: await hashPassword(input.newPassword) });
    const sessions = await endAllSessions(tx, user.id);
    await audit({ action: "account.change_own_password", entityType: ACCOUNT, entityId: String(user.id), before: sessions.before, after: { ...sessions.after, passwordChanged: true } });
    return { redirectTo: "/sign-in?notice=password_changed" };
  },
);

/** Ends every session of the user, in every browser, this one included. */
export const signOutEverywhereAction = authorizedAction({ permission: "account:own", schema: noInput }, async ({ tx, user, audit }) => {
  const sessions = await endAllSessions(tx, user.id);
  await audit({ action: "auth.sign_out_everywhere", entityType: ACCOUNT, entityId: String(user.id), before: sessions.before, after: sessions.after });
  return { redirectTo: "/sign-in?notice=signed_out_everywhere" };
});
