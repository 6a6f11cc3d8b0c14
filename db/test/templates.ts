// The integration project's global setup: one database of each kind set up as `npm start` sets
// it up (migrations, the 91,081 admin units, the paper's rounds and their scores), once per run,
// which test files copy (TARGETS' setUp) instead of setting up their own: about 10 s on PGlite
// and 6 s on Postgres each, twenty-odd times a run. setup.test.ts still sets up empty databases.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDb } from "../client";
import { setupDatabase } from "../setup";
import { TEST_SERVER_URL, testDatabaseUrl } from "./targets";

declare module "vitest" {
  export interface ProvidedContext {
    templates: { pgliteDir: string; postgresDatabase: string };
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-template-"));
  const pgliteDir = path.join(dir, "db");
  const pglite = await openDb({ pgliteDir });
  await setupDatabase(pglite, { demoAccounts: false });
  await pglite.close();

  const postgresDatabase = `portal_template_${process.pid}`;
  const admin = postgres(TEST_SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${postgresDatabase}" with (force)`);
  await admin.unsafe(`create database "${postgresDatabase}"`);
  const server = await openDb({ databaseUrl: testDatabaseUrl(postgresDatabase) });
  await setupDatabase(server, { demoAccounts: false });
  // a template database must have no connection while it is copied
  await server.close();

  project.provide("templates", { pgliteDir, postgresDatabase });
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await admin.unsafe(`drop database if exists "${postgresDatabase}" with (force)`);
    await admin.end();
  };
}
