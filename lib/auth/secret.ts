import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";

/**
 * The session signing secret: AUTH_SECRET/NEXTAUTH_SECRET, or else a value generated once
 * and kept beside the embedded database, so sessions survive restarts.
 */
export function resolveAuthSecret(env: Env): string {
  if (env.authSecret) return env.authSecret;
  const file = path.join(path.dirname(path.resolve(env.pgliteDir)), "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  console.warn(`AUTH_SECRET is not set: generated a development secret in ${file}. Set AUTH_SECRET in production.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
