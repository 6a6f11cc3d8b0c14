import { randomBytes, randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { countRecentFailures, findAccountForSignIn, getAccount, recordLoginAttempt, revokeSession } from "@/db/queries/accounts";
import { insertAudit } from "@/db/queries/audit";
import { getEnv } from "@/lib/env";
import { clientAddressFromHeaders } from "./client-address";
import { hashPassword, verifyPassword } from "./password";
import { resolveAuthSecret } from "./secret";
import { readClaims, SESSION, sessionEndsAt } from "./session-rules";
import { throttleDecision, throttleWindowStart } from "./throttle";

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Thrown to the sign-in form as `error=throttled`. */
export const THROTTLED = "throttled";

// a real argon2id hash of a random string, so unknown names cost the same time as known ones
const dummyHash = hashPassword(randomBytes(16).toString("hex"));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The client's address for the throttle and the audit log (see client-address.ts). */
export function requestAddress(headers: Headers | Record<string, unknown> | undefined): string | null {
  const env = getEnv();
  return clientAddressFromHeaders(headers, { trustedProxies: env.trustedProxies, socketHeaderEnabled: env.socketAddressHeader });
}

/** What the user row says at sign-in, carried in the token (next-auth's User plus ours). */
type SignedIn = { id: string; sessionVersion: number };

let secret: string | undefined;

export const authOptions: NextAuthOptions = {
  // resolved on first use, not at import: `next build` imports this module
  get secret() {
    secret ??= resolveAuthSecret(getEnv());
    return secret;
  },
  // the cookie's own expiry; the absolute lifetime from sign-in is checked on every request
  session: { strategy: "jwt", maxAge: SESSION.absoluteHours * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const address = requestAddress(req?.headers);
        const ip = address ?? "unknown";
        const db = await getDb();
        const recent = await countRecentFailures(db, username, address, throttleWindowStart(new Date()));
        const decision = throttleDecision(recent, address !== null);
        if (decision.kind === "lock") {
          await insertAudit(db, {
            actorUsername: username,
            action: "auth.sign_in_throttled",
            entityType: "user",
            entityId: username,
            after: { reason: decision.reason, failures: recent },
            ip,
          });
          throw new Error(THROTTLED);
        }
        if (decision.delayMs > 0) {
          await insertAudit(db, {
            actorUsername: username,
            action: "auth.sign_in_delayed",
            entityType: "user",
            entityId: username,
            after: { delayMs: decision.delayMs, failures: recent },
            ip,
          });
          await sleep(decision.delayMs);
        }
        const account = await findAccountForSignIn(db, username);
        // verify even for unknown names so timing does not tell which names exist
        const hash = account?.passwordHash ?? (await dummyHash);
        const ok = (await verifyPassword(hash, password)) && Boolean(account?.active);
        await db.transaction(async (tx) => {
          await recordLoginAttempt(tx, { username, ip, success: ok });
          await insertAudit(tx, {
            actorId: ok ? account!.id : null,
            actorUsername: username,
            action: ok ? "auth.sign_in" : "auth.sign_in_failed",
            entityType: "user",
            entityId: account ? String(account.id) : username,
            after: ok ? null : { reason: !account ? "unknown_user" : !account.active ? "disabled" : "wrong_password" },
            ip,
          });
        });
        if (!ok) return null;
        const user: SignedIn = { id: String(account!.id), sessionVersion: account!.sessionVersion };
        return user;
      },
    }),
  ],
  callbacks: {
    // The token carries the user id, her session version, this sign-in's id and time; role,
    // regions, "active" and the current version are read on every request (lib/auth/session.ts).
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SignedIn;
        token.uid = signedIn.id;
        token.sv = signedIn.sessionVersion;
        token.sid = randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    // nothing about the user goes to the browser's session endpoint; the server reads the token
    async session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    // signing out refuses this sign-in's token from now on, also a copy of the cookie
    async signOut({ token }) {
      const claims = readClaims(token);
      if (!claims) return;
      const db = await getDb();
      await db.transaction(async (tx) => {
        await revokeSession(tx, { sessionId: claims.sid, userId: Number(claims.uid), expiresAt: sessionEndsAt(claims.signedInAt) });
        const account = await getAccount(tx, Number(claims.uid));
        await insertAudit(tx, { actorId: Number(claims.uid), actorUsername: account?.username ?? null, action: "auth.sign_out", entityType: "user", entityId: claims.uid });
      });
    },
  },
};
