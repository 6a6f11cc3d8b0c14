import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { apiRateWindows, apiTokens, users } from "../schema";

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

/**
 * Counts one request of `key` in its current window (a new window starts when the last is
 * `windowMs` old), on the database's clock so every server process agrees. Windows idle for a
 * day are dropped when a new window opens.
 */
export async function hitRateWindow(db: DbOrTx, key: string, windowMs: number) {
  const expired = sql`${apiRateWindows.windowStart} <= now() - ${windowMs}::int * interval '1 millisecond'`;
  const [r] = await db
    .insert(apiRateWindows)
    .values({ key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: apiRateWindows.key,
      set: {
        windowStart: sql`case when ${expired} then now() else ${apiRateWindows.windowStart} end`,
        count: sql`case when ${expired} then 1 else ${apiRateWindows.count} + 1 end`,
      },
    })
    .returning({ windowStart: apiRateWindows.windowStart, count: apiRateWindows.count, now: sql<string>`now()` });
  if (!r) throw new Error("upsert returned no row");
  if (r.count === 1) await db.delete(apiRateWindows).where(sql`${apiRateWindows.windowStart} < now() - interval '1 day'`);
  return { count: r.count, windowStartMs: r.windowStart.getTime(), nowMs: new Date(r.now).getTime() };
}
