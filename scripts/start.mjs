#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, set up the database
// (migrations, reference data, seed; idempotent), then serve on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "lib", "db", "messages", "next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs"];

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
const server = spawn("npx", ["next", "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
