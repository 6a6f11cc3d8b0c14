import { and, asc, count, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/permissions";
import type { DbOrTx } from "../client";
import { loginAttempts, regions, revokedSessions, userRegions, users } from "../schema";

export type AccountView = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  regions: string[];
  createdAt: Date;
};

async function regionsOf(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, string[]>();
  const rows = await db
    .select({ userId: userRegions.userId, code: userRegions.regionCode })
    .from(userRegions)
    .where(inArray(userRegions.userId, ids))
    .orderBy(asc(userRegions.regionCode));
  const byUser = new Map<number, string[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.code]);
  return byUser;
}

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

export async function listAccounts(db: DbOrTx): Promise<AccountView[]> {
  const rows = await db.select(accountColumns).from(users).orderBy(asc(users.username));
  const byUser = await regionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, regions: byUser.get(r.id) ?? [] }));
}

export async function getAccount(db: DbOrTx, id: number): Promise<AccountView | null> {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id));
  if (!row) return null;
  return { ...row, regions: (await regionsOf(db, [id])).get(id) ?? [] };
}

/**
 * What the session check needs about a token's user: the account as it is now, its session
 * version and whether this sign-in (`sessionId`) was signed out. Null when the user is gone.
 */
/** An account that may act now (API tokens of a disabled account stop working). */
export async function getActiveAccount(db: DbOrTx, id: number): Promise<AccountView | null> {
  const account = await getAccount(db, id);
  return account?.active ? account : null;
}

export async function getSessionAccount(db: DbOrTx, id: number, sessionId: string) {
  const [row] = await db
    .select({
      ...accountColumns,
      sessionVersion: users.sessionVersion,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${sessionId})`,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!row) return null;
  const { sessionVersion, revoked, ...account } = row;
  const view: AccountView = { ...account, regions: (await regionsOf(db, [id])).get(id) ?? [] };
  return { account: view, state: { active: account.active, sessionVersion, revoked: Boolean(revoked) } };
}

/** Ends every session of the user issued so far (they carry the old version). */
/** Bumps the user's session version, so every cookie issued before is refused; the versions before and after, for the audit row. */
export async function endAllSessions(tx: DbOrTx, id: number): Promise<{ before: { sessionVersion: number }; after: { sessionVersion: number } }> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  const version = row?.sessionVersion ?? 0;
  return { before: { sessionVersion: version - 1 }, after: { sessionVersion: version } };
}

/** Refuses one signed-out session until its token would have expired; drops expired entries. */
export async function revokeSession(db: DbOrTx, entry: { sessionId: string; userId: number; expiresAt: Date }) {
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
  await db.insert(revokedSessions).values(entry).onConflictDoNothing();
}

export async function findAccountForSignIn(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.username, username));
  return row ?? null;
}

export async function getPasswordHash(db: DbOrTx, id: number): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.hash ?? null;
}

export async function usernameTaken(db: DbOrTx, username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

export async function insertAccount(
  tx: DbOrTx,
  values: { username: string; displayName: string; role: Role; passwordHash: string; regions: string[] },
) {
  const [user] = await tx
    .insert(users)
    .values({ username: values.username, displayName: values.displayName, role: values.role, passwordHash: values.passwordHash })
    .returning({ id: users.id });
  if (!user) throw new Error("insert returned no row");
  await replaceAccountRegions(tx, user.id, values.regions);
  return user.id;
}

export async function updateAccount(
  tx: DbOrTx,
  id: number,
  values: Partial<{ displayName: string; role: Role; active: boolean; passwordHash: string }>,
) {
  await tx
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

export async function replaceAccountRegions(tx: DbOrTx, userId: number, codes: string[]) {
  await tx.delete(userRegions).where(eq(userRegions.userId, userId));
  if (codes.length) await tx.insert(userRegions).values(codes.map((regionCode) => ({ userId, regionCode })));
}

/** Codes among `codes` that are not regencies (or provinces) of the reference data. */
export async function unknownResponsibilityCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(inArray(regions.code, codes), inArray(regions.level, ["province", "regency"])));
  const known = new Set(found.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

export async function recordLoginAttempt(db: DbOrTx, attempt: { username: string; ip: string; success: boolean }) {
  await db.insert(loginAttempts).values(attempt);
}

/** Failed sign-ins since `since`: for the name, for the name from `ip`, and from `ip` (0 when unknown). */
export async function countRecentFailures(db: DbOrTx, username: string, ip: string | null, since: Date) {
  const failed = and(eq(loginAttempts.success, false), gte(loginAttempts.at, since));
  const [[byName], [byPair], [byIp]] = await Promise.all([
    db.select({ n: count() }).from(loginAttempts).where(and(failed, eq(loginAttempts.username, username))),
    ip
      ? db.select({ n: count() }).from(loginAttempts).where(and(failed, eq(loginAttempts.username, username), eq(loginAttempts.ip, ip)))
      : [{ n: 0 }],
    ip ? db.select({ n: count() }).from(loginAttempts).where(and(failed, eq(loginAttempts.ip, ip))) : [{ n: 0 }],
  ]);
  return { account: byName?.n ?? 0, pair: byPair?.n ?? 0, address: byIp?.n ?? 0 };
}
