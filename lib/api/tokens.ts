import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Tokens read "pkir_" + 43 url-safe characters (32 random bytes); the prefix tells people what it is. */
export const TOKEN_PREFIX = "pkir_";
const TOKEN_PATTERN = /^pkir_[A-Za-z0-9_-]{43}$/;

export function generateToken(random: (n: number) => Buffer = randomBytes): string {
  return TOKEN_PREFIX + random(32).toString("base64url");
}

export function isTokenShaped(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/** sha256 hex: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two hex digests in constant time (no early exit on the first differing character). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The "Bearer …" of an Authorization header, when it is shaped like a portal token. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "");
  return m && isTokenShaped(m[1]!) ? m[1]! : null;
}

/** What an owner or administrator sees: the first characters only. */
export function tokenDisplayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}
