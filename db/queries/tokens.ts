import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { apiTokens, users } from "../schema";

export async function insertToken(tx: DbOrTx, row: typeof apiTokens.$inferInsert) {
  const [r] = await tx.insert(apiTokens).values(row).returning();
  if (!r) throw new Error("insert returned no row");
  return r;
}

/** The token row whose hash is given, with its owner's account state (role, regions read by the caller). */
export async function findTokenByHash(db: DbOrTx, tokenHash: string) {
  const [r] = await db
    .select({ token: apiTokens, username: users.username, role: users.role, active: users.active })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return r ?? null;
}

export async function recordTokenUse(db: DbOrTx, id: number) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date(), useCount: sql`${apiTokens.useCount} + 1` })
    .where(eq(apiTokens.id, id));
}

const listColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  userId: apiTokens.userId,
  owner: users.username,
  expiresAt: apiTokens.expiresAt,
  createdAt: apiTokens.createdAt,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
  useCount: apiTokens.useCount,
};

/** One user's tokens, or (userId null: administrators only, checked by the caller) everyone's. */
export async function listTokens(db: DbOrTx, userId: number | null) {
  return db
    .select(listColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(userId === null ? undefined : eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function getToken(db: DbOrTx, id: number) {
  const [r] = await db.select(listColumns).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(eq(apiTokens.id, id));
  return r ?? null;
}

export async function revokeTokenRow(tx: DbOrTx, id: number, by: number) {
  await tx
    .update(apiTokens)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(apiTokens.id, id), sql`${apiTokens.revokedAt} is null`));
}
