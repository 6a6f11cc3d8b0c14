import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

/** Both drivers expose the same query builder; typed as one so callers need no unions. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Handle = { db: Db; kind: "postgres" | "pglite"; close: () => Promise<void> };

// Next loads server modules more than once per process; PGlite must be opened only once.
const globalForDb = globalThis as unknown as { __portalDb?: Promise<Handle>; __portalReadDb?: Promise<Handle> };

export function lockPath(dir: string) {
  return path.resolve(dir) + ".lock";
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One process at a time may open the embedded database folder. */
function acquireLock(dir: string) {
  const file = lockPath(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => fs.rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(file, "utf8"));
      if (holder && processAlive(holder)) {
        throw new Error(
          `The embedded database ${dir} is in use by process ${holder}. Stop it, or set DATABASE_URL to use a Postgres server.`,
        );
      }
      fs.rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock ${file}`);
}

export type DbTarget = { databaseUrl: string } | { pgliteDir: string };

/** Opens the configured database, or an explicit target (tests, tools). */
export async function openDb(target?: DbTarget): Promise<Handle> {
  const env = getEnv();
  const chosen: DbTarget = target ?? (env.databaseUrl ? { databaseUrl: env.databaseUrl } : { pgliteDir: env.pgliteDir });
  if ("databaseUrl" in chosen) {
    const client = postgres(chosen.databaseUrl, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres(client, { schema, casing: "snake_case" }), kind: "postgres", close: () => client.end() };
  }
  const dir = chosen.pgliteDir;
  fs.mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** The process-wide database of the running portal. */
export function getDbHandle(): Promise<Handle> {
  globalForDb.__portalDb ??= openDb().catch((e) => {
    globalForDb.__portalDb = undefined;
    throw e;
  });
  return globalForDb.__portalDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/**
 * The database the read-only pages query: the replica at DATABASE_READ_URL when set, else the
 * primary. Never for a service that writes, nor a page that must show what was just written.
 */
export function getReadDbHandle(): Promise<Handle> {
  const url = getEnv().databaseReadUrl;
  if (!url) return getDbHandle();
  globalForDb.__portalReadDb ??= openDb({ databaseUrl: url }).catch((e) => {
    globalForDb.__portalReadDb = undefined;
    throw e;
  });
  return globalForDb.__portalReadDb;
}

export async function getReadDb(): Promise<Db> {
  return (await getReadDbHandle()).db;
}
