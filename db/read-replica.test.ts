import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { freshPostgres, type TestDb } from "./test/targets";

const rowsOf = async (db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }) => {
  const r = await db.execute(sql`select current_database() as name, (select count(*)::int from marker) as n`);
  return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] as { name: string; n: number };
};

describe("DATABASE_READ_URL", () => {
  let primary: TestDb;
  let replica: TestDb;
  const saved = { url: process.env.DATABASE_URL, read: process.env.DATABASE_READ_URL };
  beforeAll(async () => {
    primary = await freshPostgres();
    replica = await freshPostgres();
    await primary.handle.db.execute(sql`create table marker (x int)`);
    await replica.handle.db.execute(sql`create table marker (x int)`);
    await replica.handle.db.execute(sql`insert into marker values (1), (2)`);
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved.url;
    if (saved.read === undefined) delete process.env.DATABASE_READ_URL;
    else process.env.DATABASE_READ_URL = saved.read;
    delete (globalThis as { __portalDb?: unknown }).__portalDb;
    delete (globalThis as { __portalReadDb?: unknown }).__portalReadDb;
    await primary?.dispose();
    await replica?.dispose();
  });

  async function freshClient(env: { url: string; read?: string }) {
    process.env.DATABASE_URL = env.url;
    if (env.read) process.env.DATABASE_READ_URL = env.read;
    else delete process.env.DATABASE_READ_URL;
    for (const k of ["__portalDb", "__portalReadDb"]) {
      const h = (globalThis as unknown as Record<string, Promise<{ close: () => Promise<void> }> | undefined>)[k];
      if (h) await (await h).close();
      delete (globalThis as unknown as Record<string, unknown>)[k];
    }
    vi.resetModules(); // getEnv caches the variables it read
    return import("./client");
  }

  it("sends page reads to the replica and keeps writes on the primary", async () => {
    const client = await freshClient({ url: primary.databaseUrl!, read: replica.databaseUrl! });
    const read = await rowsOf(await client.getReadDb());
    const write = await rowsOf(await client.getDb());
    expect(read).toEqual({ name: new URL(replica.databaseUrl!).pathname.slice(1), n: 2 });
    expect(write).toEqual({ name: new URL(primary.databaseUrl!).pathname.slice(1), n: 0 });
  });

  it("falls back to the primary without DATABASE_READ_URL", async () => {
    const client = await freshClient({ url: primary.databaseUrl! });
    expect(await client.getReadDb()).toBe(await client.getDb());
    expect((await rowsOf(await client.getReadDb())).n).toBe(0);
  });
});
