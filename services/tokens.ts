import type { DbOrTx } from "@/db/client";
import { getActiveAccount } from "@/db/queries/accounts";
import { insertAudit } from "@/db/queries/audit";
import { findTokenByHash, getToken, insertToken, recordTokenUse, revokeTokenRow } from "@/db/queries/tokens";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { generateToken, hashToken, sameHash, tokenDisplayPrefix } from "@/lib/api/tokens";
import { AppError } from "@/lib/errors";

export type TokenActor = Actor & { id: number; username: string };

const DAY = 24 * 60 * 60 * 1000;

/** Creates a token for the actor herself; the secret is returned once and only its hash is stored. */
export async function createToken(tx: DbOrTx, actor: TokenActor, input: { name: string; days: number }, now = new Date(), ip = "local") {
  if (!can(actor, "token:own")) throw new AppError("forbidden");
  const secret = generateToken();
  const row = await insertToken(tx, {
    userId: actor.id,
    name: input.name,
    tokenHash: hashToken(secret),
    prefix: tokenDisplayPrefix(secret),
    expiresAt: new Date(now.getTime() + input.days * DAY),
  });
  await insertAudit(tx, { action: "token.create", entityType: "api_token", entityId: String(row.id), before: null, after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt.toISOString(), owner: actor.username }, actorId: actor.id, actorUsername: actor.username, ip });
  return { id: row.id, secret };
}

/** Revokes a token: its owner, or an administrator. The audit row carries its use summary. */
export async function revokeToken(tx: DbOrTx, actor: TokenActor, id: number, ip = "local") {
  const token = await getToken(tx, id);
  const mayAdmin = can(actor, "token:admin");
  if (!token || (!mayAdmin && token.userId !== actor.id)) throw new AppError("not_found", "token_missing");
  if (token.revokedAt) return;
  await revokeTokenRow(tx, id, actor.id);
  await insertAudit(tx, {
    action: "token.revoke",
    entityType: "api_token",
    entityId: String(id),
    before: { revokedAt: null, owner: token.owner, lastUsedAt: token.lastUsedAt?.toISOString() ?? null, useCount: token.useCount },
    after: { revokedAt: new Date().toISOString() },
    actorId: actor.id,
    actorUsername: actor.username,
    ip,
  });
}

export type TokenAuth = { ok: true; tokenId: number; user: TokenActor } | { ok: false };

/**
 * The account a presented token acts for, or nothing: unknown, revoked, expired or a disabled
 * owner all fail alike. Role and regions are read now, so an owner's change applies at once.
 */
export async function authenticateToken(db: DbOrTx, token: string, now = new Date()): Promise<TokenAuth> {
  const hash = hashToken(token);
  const found = await findTokenByHash(db, hash);
  if (!found || !sameHash(found.token.tokenHash, hash)) return { ok: false };
  if (found.token.revokedAt || found.token.expiresAt <= now || !found.active) return { ok: false };
  const account = await getActiveAccount(db, found.token.userId);
  if (!account) return { ok: false };
  await recordTokenUse(db, found.token.id);
  return { ok: true, tokenId: found.token.id, user: { id: account.id, username: account.username, role: account.role, regions: account.regions } };
}
