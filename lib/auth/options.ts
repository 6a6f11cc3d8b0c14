import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { countRecentFailures, findAccountForSignIn, recordLoginAttempt } from "@/db/queries/accounts";
import { insertAudit } from "@/db/queries/audit";
import { getEnv } from "@/lib/env";
import { hashPassword, verifyPassword } from "./password";
import { resolveAuthSecret } from "./secret";
import { isThrottled, throttleWindowStart } from "./throttle";

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Thrown to the sign-in form as `error=throttled`. */
export const THROTTLED = "throttled";

// a real argon2id hash of a random string, so unknown names cost the same time as known ones
const dummyHash = hashPassword(randomBytes(16).toString("hex"));

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "local";
}

let secret: string | undefined;

export const authOptions: NextAuthOptions = {
  // resolved on first use, not at import: `next build` imports this module
  get secret() {
    secret ??= resolveAuthSecret(getEnv());
    return secret;
  },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const ip = clientIp(req?.headers);
        const db = await getDb();
        if (isThrottled(await countRecentFailures(db, username, ip, throttleWindowStart(new Date())))) {
          await insertAudit(db, { actorUsername: username, action: "auth.sign_in_throttled", entityType: "user", entityId: username, ip });
          throw new Error(THROTTLED);
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
        return ok ? { id: String(account!.id) } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id; role and regions are read fresh on every request,
    // so a disabled account or a changed scope takes effect at once.
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
    },
  },
};

