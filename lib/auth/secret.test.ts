import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthSecretError, devSecretPath, ensureDevSecret, MISSING_SECRET_MESSAGE, resolveAuthSecret } from "./secret";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
let pgliteDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-secret-"));
  pgliteDir = path.join(dir, "db");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the development session secret", () => {
  it("lives inside the database folder, created once with mode 0600", () => {
    const first = ensureDevSecret(pgliteDir);
    expect(first.file).toBe(path.join(pgliteDir, "auth-secret"));
    expect(first.created).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    const again = ensureDevSecret(pgliteDir);
    expect(again).toEqual({ ...first, created: false });
  });

  it("ignores a secret planted in the parent folder (the old location, shared by every instance there)", () => {
    const planted = "planted-by-someone-else-0123456789abcdef";
    fs.writeFileSync(path.join(dir, "auth-secret"), planted, { mode: 0o600 });
    const secret = resolveAuthSecret({ authSecret: undefined, production: false, pgliteDir });
    expect(secret).not.toBe(planted);
    expect(fs.readFileSync(devSecretPath(pgliteDir), "utf8")).toBe(secret);
  });

  it("gives two instances under one parent folder two secrets", () => {
    const a = ensureDevSecret(path.join(dir, "a")).secret;
    const b = ensureDevSecret(path.join(dir, "b")).secret;
    expect(a).not.toBe(b);
  });

  it.each([[0o666], [0o620], [0o602]])("refuses a secret file with mode %o (writable by group or others)", (mode) => {
    fs.mkdirSync(pgliteDir);
    const file = devSecretPath(pgliteDir);
    fs.writeFileSync(file, "w".repeat(40));
    fs.chmodSync(file, mode);
    expect(() => ensureDevSecret(pgliteDir)).toThrow(/writable by group or others/);
  });

  it("refuses a secret file owned by another user", () => {
    fs.mkdirSync(pgliteDir);
    const file = devSecretPath(pgliteDir);
    fs.writeFileSync(file, "o".repeat(40), { mode: 0o600 });
    if (process.getuid!() === 0) {
      // as root the file can really be given away
      fs.chownSync(file, 4242, 4242);
      expect(() => ensureDevSecret(pgliteDir)).toThrow(/belongs to another user \(uid 4242\)/);
    } else {
      expect(() => ensureDevSecret(pgliteDir, process.getuid!() + 1)).toThrow(/belongs to another user/);
    }
  });

  it("refuses a symlink in place of the file", () => {
    fs.mkdirSync(pgliteDir);
    const elsewhere = path.join(dir, "elsewhere");
    fs.writeFileSync(elsewhere, "s".repeat(40), { mode: 0o600 });
    fs.symlinkSync(elsewhere, devSecretPath(pgliteDir));
    expect(() => ensureDevSecret(pgliteDir)).toThrow();
  });

  it("refuses an empty or short file instead of signing with it", () => {
    fs.mkdirSync(pgliteDir);
    fs.writeFileSync(devSecretPath(pgliteDir), "short", { mode: 0o600 });
    expect(() => ensureDevSecret(pgliteDir)).toThrow(AuthSecretError);
  });
});

describe("production", () => {
  it("uses AUTH_SECRET when set and never writes a file", () => {
    expect(resolveAuthSecret({ authSecret: "z".repeat(40), production: true, pgliteDir })).toBe("z".repeat(40));
    expect(fs.existsSync(pgliteDir)).toBe(false);
  });

  it("refuses to run without AUTH_SECRET, saying what to set", () => {
    expect(() => resolveAuthSecret({ authSecret: undefined, production: true, pgliteDir })).toThrow(MISSING_SECRET_MESSAGE);
    expect(MISSING_SECRET_MESSAGE).toMatch(/set AUTH_SECRET/);
    expect(fs.existsSync(pgliteDir)).toBe(false);
  });

  it("npm start with a Postgres server and no AUTH_SECRET stops before building, saying what to set", () => {
    const env = { ...process.env, AUTH_SECRET: "", NEXTAUTH_SECRET: "", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", SKIP_BUILD: "1" };
    const run = spawnSync(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET is not set");
    expect(run.stdout).not.toContain("setting up the database");
  });

  it("the server refuses to start in production without AUTH_SECRET", () => {
    const env = { ...process.env, AUTH_SECRET: "", NEXTAUTH_SECRET: "", PORT: "1" };
    const run = spawnSync(process.execPath, [path.join(root, "scripts/serve.mjs")], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET is not set");
  });
});
