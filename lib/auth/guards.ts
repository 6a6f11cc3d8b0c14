import "server-only";
import { notFound } from "next/navigation";
import { can, type Permission } from "./permissions";
import { requireUser, type CurrentUser } from "./session";

/** For pages: signed in and allowed, or "not found" (which does not reveal the page exists). */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) notFound();
  return user;
}
