"use server";

import { revalidatePath } from "next/cache";
import {
  endAllSessions,
  getAccount,
  insertAccount,
  replaceAccountRegions,
  unknownResponsibilityCodes,
  updateAccount,
  usernameTaken,
} from "@/db/queries/accounts";
import { createAccountSchema, resetPasswordSchema, updateAccountSchema } from "@/lib/auth/account-schemas";
import { hashPassword } from "@/lib/auth/password";
import { authorizedAction } from "@/lib/actions";
import { AppError } from "@/lib/errors";

const ACCOUNT = "user";

export const createAccountAction = authorizedAction(
  { permission: "account:manage", schema: createAccountSchema },
  async ({ tx, input, audit }) => {
    if (await usernameTaken(tx, input.username)) throw new AppError("conflict", "username_taken");
    if ((await unknownResponsibilityCodes(tx, input.regions)).length) throw new AppError("invalid", "unknown_region");
    const passwordHash = await hashPassword(input.password);
    const id = await insertAccount(tx, { ...input, passwordHash });
    await audit({
      action: "account.create",
      entityType: ACCOUNT,
      entityId: String(id),
      after: { username: input.username, displayName: input.displayName, role: input.role, regions: input.regions, active: true },
    });
    revalidatePath("/admin/users");
    return { redirectTo: `/admin/users/${id}?created=1` };
  },
);

export const updateAccountAction = authorizedAction(
  { permission: "account:manage", schema: updateAccountSchema },
  async ({ tx, input, user, audit }) => {
    const before = await getAccount(tx, input.id);
    if (!before) throw new AppError("not_found");
    // an administrator cannot lock herself out
    if (before.id === user.id && (!input.active || input.role !== before.role)) throw new AppError("invalid", "own_account");
    if ((await unknownResponsibilityCodes(tx, input.regions)).length) throw new AppError("invalid", "unknown_region");
    const regions = input.role === "regency_official" ? input.regions : [];
    await updateAccount(tx, input.id, { displayName: input.displayName, role: input.role, active: input.active });
    await replaceAccountRegions(tx, input.id, regions);
    // a disabled account's open sessions end now, and stay ended if it is enabled again
    if (before.active && !input.active) await endAllSessions(tx, input.id);
    const pick = (a: { displayName: string; role: string; regions: string[]; active: boolean }) => ({
      displayName: a.displayName,
      role: a.role,
      regions: a.regions,
      active: a.active,
    });
    await audit({
      action: "account.update",
      entityType: ACCOUNT,
      entityId: String(input.id),
      before: pick(before),
      after: pick({ ...input, regions }),
    });
    revalidatePath("/admin/users");
    return { message: "common.saved" };
  },
);

export const resetPasswordAction = authorizedAction(
  { permission: "account:manage", schema: resetPasswordSchema },
  async ({ tx, input, audit }) => {
    const account = await getAccount(tx, input.id);
    if (!account) throw new AppError("not_found");
    await updateAccount(tx, input.id, { passwordHash: await hashPassword(input.newPassword) });
    // whoever held the old password (or a copy of a cookie) is signed out everywhere
    const sessions = await endAllSessions(tx, input.id);
    // the password itself is never written to the log
    await audit({
      action: "account.reset_password",
      entityType: ACCOUNT,
      entityId: String(input.id),
      before: sessions.before,
      after: { ...sessions.after, passwordChanged: true },
    });
    return { message: "admin.passwordReset" };
  },
);
