import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** What to set, said when the portal refuses to run without a secret. */
export const MISSING_SECRET_MESSAGE =
  "AUTH_SECRET is not set. The portal signs sessions with it and needs its own in production: " +
  "set AUTH_SECRET (or NEXTAUTH_SECRET) to at least 32 random characters, for example the output of " +
  "`openssl rand -base64 32`, in the environment or .env of the server.";

export class AuthSecretError extends Error {}

/** The development secret's file: inside the embedded database's own folder, never beside it. */
export function devSecretPath(pgliteDir: string): string {
  return path.join(path.resolve(pgliteDir), "auth-secret");
}

function currentUid(): number | undefined {
  return typeof process.getuid === "function" ? process.getuid() : undefined;
}

/** Refuses a secret file that someone else could have written or could rewrite. */
function checkSecretFile(file: string, stat: fs.Stats, uid: number | undefined) {
  if (!stat.isFile()) throw new AuthSecretError(`${file} is not a regular file; remove it or set AUTH_SECRET.`);
  if (uid !== undefined && stat.uid !== uid) {
    throw new AuthSecretError(`${file} belongs to another user (uid ${stat.uid}); refusing to sign sessions with it. Remove it or set AUTH_SECRET.`);
  }
  if ((stat.mode & 0o022) !== 0) {
    throw new AuthSecretError(`${file} is writable by group or others; refusing to sign sessions with it. Remove it or set AUTH_SECRET.`);
  }
}

function readSecretFile(file: string, uid: number | undefined): string {
  // no symlinks: the file itself must be the checked one
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    checkSecretFile(file, fs.fstatSync(fd), uid);
    const secret = fs.readFileSync(fd, "utf8").trim();
    if (secret.length < 32) throw new AuthSecretError(`${file} holds no usable secret; remove it or set AUTH_SECRET.`);
    return secret;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The development secret for the embedded database in `pgliteDir`: created once, exclusively
 * (O_EXCL) with mode 0600, and refused when it is writable by others or owned by someone else.
 */
export function ensureDevSecret(pgliteDir: string, uid = currentUid()): { secret: string; file: string; created: boolean } {
  const file = devSecretPath(pgliteDir);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return { secret: readSecretFile(file, uid), file, created: false };
  }
  try {
    fs.writeSync(fd, secret);
  } finally {
    fs.closeSync(fd);
  }
  return { secret, file, created: true };
}

export type SecretConfig = { authSecret: string | undefined; production: boolean; pgliteDir: string };

/**
 * The session signing secret: AUTH_SECRET/NEXTAUTH_SECRET; in production nothing else (npm start
 * supplies one for the embedded database, scripts/start.mjs); in development the generated one.
 */
export function resolveAuthSecret(config: SecretConfig): string {
  if (config.authSecret) return config.authSecret;
  if (config.production) throw new AuthSecretError(MISSING_SECRET_MESSAGE);
  const { secret, file, created } = ensureDevSecret(config.pgliteDir);
  if (created) console.warn(`AUTH_SECRET is not set: generated a development secret in ${file}. Set AUTH_SECRET in production.`);
  return secret;
}
