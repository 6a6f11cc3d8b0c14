import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { openDb, type Handle } from "../client";
import { setupDatabase } from "../setup";

/** The Postgres server integration tests use; CI sets DATABASE_URL to the local `test` database. */
export const TEST_SERVER_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";

/** The address of database `name` on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export type TestDb = { handle: Handle; dispose: () => Promise<void>; pgliteDir?: string; databaseUrl?: string };

/** A fresh PGlite folder (a copy of `from` when given), removed afterwards. */
export async function freshPglite(from?: string): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-pglite-"));
  const pgliteDir = path.join(dir, "db");
  if (from) cpSync(from, pgliteDir, { recursive: true });
  const handle = await openDb({ pgliteDir });
  return {
    handle,
    pgliteDir,
    dispose: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the test server (a copy of the database `template` when given), so runs never collide; dropped afterwards. */
export async function freshPostgres(template?: string): Promise<TestDb> {
  const name = `portal_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = postgres(TEST_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  const databaseUrl = testDatabaseUrl(name);
  const handle = await openDb({ databaseUrl });
  return {
    handle,
    databaseUrl,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The set-up databases of the run (db/test/templates.ts), when this project has them. */
function templates() {
  try {
    return inject("templates");
  } catch {
    return undefined;
  }
}

/**
 * A database as `npm start` leaves it (setupDatabase: migrations, admin units, the paper's
 * rounds and scores), copied from the run's template when there is one; setupDatabase then runs
 * again on the copy (idempotent: adds the demo accounts when asked, changes nothing else).
 */
export async function setUpPglite(options: { demoAccounts: boolean }): Promise<TestDb> {
  const t = await freshPglite(templates()?.pgliteDir);
  await setupDatabase(t.handle, options);
  return t;
}

export async function setUpPostgres(options: { demoAccounts: boolean }): Promise<TestDb> {
  const t = await freshPostgres(templates()?.postgresDatabase);
  await setupDatabase(t.handle, options);
  return t;
}

export const TARGETS = [
  { name: "pglite", create: freshPglite, setUp: setUpPglite },
  { name: "postgres", create: freshPostgres, setUp: setUpPostgres },
] as const;
