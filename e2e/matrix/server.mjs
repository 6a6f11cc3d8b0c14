#!/usr/bin/env node
// The authorization matrix's server: a fresh Postgres database created for this run (so the
// test reads table fingerprints with postgres.js while the portal runs), set up with the
// paper's data and demo accounts, plus e2e/matrix/seed.ts; then `npm start`'s script serves it.
// The database is dropped when the server stops.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "../..");
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const name = new URL(url).pathname.slice(1);
const admin = new URL(url);
admin.pathname = "/postgres";
const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
// an earlier run on this port that was killed before it could drop its database
const port = name.match(/^portal_matrix_(\d+)_\d+$/)?.[1];
if (port) {
  const stale = await sql`select datname from pg_database where datname like ${`portal_matrix_${port}_%`}`;
  for (const { datname } of stale.filter((d) => new RegExp(`^portal_matrix_${port}_\\d+$`).test(d.datname))) await sql.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await sql.unsafe(`CREATE DATABASE "${name}"`);

function run(args) {
  const r = spawnSync("npx", args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run(["tsx", "db/setup.ts"]);
run(["tsx", "e2e/matrix/seed.ts"]);

const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, stdio: "inherit", env: process.env });
const drop = async () => {
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await sql.end();
  }
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await drop().catch(() => {});
  process.exit(code ?? 0);
});
