#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, set up the database
// (migrations, reference data, seed; idempotent), then serve on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "lib", "db", "services", "messages", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs"];

function newestMtime(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The session secret, before anything slow: `next start` runs in production, where the portal
// needs AUTH_SECRET. With the embedded database (a single machine, nothing shared) npm start
// may use a development secret kept inside the database folder; with a Postgres server it must not.
const set = (name) => Boolean(process.env[name]?.trim());
if (!set("AUTH_SECRET") && !set("NEXTAUTH_SECRET")) {
  const { ensureDevSecret, MISSING_SECRET_MESSAGE } = await tsImport("../lib/auth/secret.ts", import.meta.url);
  if (set("DATABASE_URL")) {
    console.error(`npm start: ${MISSING_SECRET_MESSAGE}`);
    process.exit(1);
  }
  try {
    const { secret, file } = ensureDevSecret(process.env.PGLITE_DIR?.trim() || "./.data/pglite");
    console.warn(`npm start: AUTH_SECRET is not set; signing sessions with the development secret in ${file}. Set AUTH_SECRET before anyone else uses this portal.`);
    process.env.AUTH_SECRET = secret;
  } catch (e) {
    console.error(`npm start: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (process.env.SKIP_BUILD !== "1" && SOURCES.some((s) => newestMtime(s) > builtAt)) {
  console.log("npm start: building the portal (next build)…");
  run("npx", ["next", "build"]);
}

console.log("npm start: setting up the database…");
run("npx", ["tsx", "db/setup.ts"]);

const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
// scripts/serve.mjs is `next start` plus the client's socket address (see lib/auth/client-address.ts)
const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
