import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDb, type Handle } from "../client";

/** The Postgres server integration tests use; CI sets DATABASE_URL to the local `test` database. */
export const TEST_SERVER_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";

export type TestDb = { handle: Handle; dispose: () => Promise<void>; pgliteDir?: string; databaseUrl?: string };

/** A fresh PGlite folder, removed afterwards. */
export async function freshPglite(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-pglite-"));
  const pgliteDir = path.join(dir, "db");
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

/** A fresh database on the test server, so runs never collide; dropped afterwards. */
export async function freshPostgres(): Promise<TestDb> {
  const name = `portal_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(TEST_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString() });
  return {
    handle,
    databaseUrl: url.toString(),
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export const TARGETS = [
  { name: "pglite", create: freshPglite },
  { name: "postgres", create: freshPostgres },
] as const;
