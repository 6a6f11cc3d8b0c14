import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError } from "@/lib/backup/format";
import { backupDatabase, restoreDatabase } from "./backup";
import type { Db } from "./client";
import { insertAudit } from "./queries/audit";
import { auditLog, loginAttempts, pendingImports, users } from "./schema";
import { setupDatabase } from "./setup";
import { fingerprint, rowsOf } from "./test/fingerprint";
import { freshPglite, freshPostgres, setUpPglite, setUpPostgres, type TestDb } from "./test/targets";

/** The paper's round, demo accounts, scores and audit rows, plus rows of every other kind. */
async function fillSource(t: TestDb) {
  await setupDatabase(t.handle, { demoAccounts: true });
  const db = t.handle.db;
  const [admin] = await db.select().from(users).limit(1);
  await db.insert(loginAttempts).values([{ username: "admin", ip: "10.0.0.9", success: false }]);
  await db.insert(pendingImports).values({ kind: "pktd", fileName: "x.csv", fileSha256: "ab", bytes: Buffer.from([0, 1, 2, 255]), round: { code: "R" }, actorId: admin!.id });
  await insertAudit(db, { actorId: admin!.id, actorUsername: "admin", action: "rubric.copy", entityType: "rubric", entityId: "v'2\"", after: { note: "quote ' \" and émoji 🙂" } });
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
const sources: Record<"pglite" | "postgres", { db?: TestDb; file: string; fingerprint?: Record<string, string> }> = {
  pglite: { file: path.join(tmp, "from-pglite.jsonl.gz") },
  postgres: { file: path.join(tmp, "from-postgres.jsonl.gz") },
};

// one filled database per engine, backed up once; every case below restores one of the files
beforeAll(async () => {
  for (const [kind, setUp] of [["pglite", setUpPglite], ["postgres", setUpPostgres]] as const) {
    const source = sources[kind];
    source.db = await setUp({ demoAccounts: true });
    await fillSource(source.db);
    await backupDatabase(source.db.handle, source.file);
    source.fingerprint = await fingerprint(source.db.handle);
  }
}, 480_000);
afterAll(async () => {
  for (const s of Object.values(sources)) await s.db?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

describe.each([
  { name: "pglite → pglite", from: "pglite", target: freshPglite },
  { name: "postgres → postgres", from: "postgres", target: freshPostgres },
  { name: "pglite → postgres", from: "pglite", target: freshPostgres },
] as const)("backup and restore, $name", ({ from, target }) => {
  let to: TestDb;
  beforeAll(async () => {
    to = await target();
  });
  afterAll(async () => to?.dispose());

  it("restores every table exactly into a fresh database", async () => {
    const { file, fingerprint: before } = sources[from];
    const report = await restoreDatabase(to.handle, file);
    expect(report.header.database).toBe(from);
    expect(report.header.tables.map((t) => t.name)).toContain("audit_log");
    expect(report.header.tables.map((t) => t.name)).not.toContain("regions");
    expect(report.rows).toBe(report.header.tables.reduce((sum, t) => sum + t.rows, 0));
    const after = await fingerprint(to.handle);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before!).sort());
    expect(after).toEqual(before);
    expect(after.respondents).toMatch(/^101 /);
    expect(after.audit_log).not.toMatch(/^0 /);
  });

  it("continues every sequence after the restored ids", async () => {
    const [maxAudit] = await rowsOf<{ id: number }>(to.handle.db, sql.raw("select max(id)::int as id from audit_log"));
    await insertAudit(to.handle.db, { actorUsername: "after-restore", action: "round.create", entityType: "survey_round", entityId: "R9" });
    const [user] = await to.handle.db.insert(users).values({ username: "new-after-restore", displayName: "New", passwordHash: "x", role: "researcher" }).returning();
    const [last] = await to.handle.db.select().from(auditLog).where(sql`actor_username = 'after-restore'`);
    expect(last!.id).toBe(maxAudit!.id + 1);
    expect(user!.id).toBe(6);
  });

  it("refuses to restore into a database that already holds data", async () => {
    await expect(restoreDatabase(to.handle, sources[from].file)).rejects.toThrow(/already holds data/);
  });
});

describe("restore refuses", () => {
  let to: TestDb;
  beforeAll(async () => {
    to = await freshPglite();
  });
  afterAll(async () => to?.dispose());

  const variant = (name: string, edit: (lines: string[]) => string[], gzip = true) => {
    const lines = gunzipSync(readFileSync(sources.pglite.file)).toString("utf8").split("\n");
    const text = edit(lines).join("\n");
    const file = path.join(tmp, name);
    writeFileSync(file, gzip ? gzipSync(text) : text);
    return file;
  };
  const count = async (q: string) => (await rowsOf<{ n: number }>(to.handle.db, sql.raw(q)))[0]!.n;

  it("a file from a newer schema, with a clear message, changing nothing", async () => {
    const file = variant("newer.jsonl.gz", ([head, ...rest]) => {
      const h = JSON.parse(head!);
      return [JSON.stringify({ ...h, schema: { tag: "0099_from_the_future", when: h.schema.when + 1 } }), ...rest];
    });
    await expect(restoreDatabase(to.handle, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(to.handle, file)).rejects.toThrow(/newer version of the portal.*0099_from_the_future/);
    expect(await count("select count(*)::int as n from pg_tables where schemaname = 'public'")).toBe(0);
  });

  it("a file that is not a backup, and a truncated one, restoring nothing", async () => {
    await expect(restoreDatabase(to.handle, variant("plain.txt", (l) => l, false))).rejects.toThrow(/damaged/);
    await expect(restoreDatabase(to.handle, variant("other.jsonl.gz", () => ['{"format":"pg_dump"}']))).rejects.toThrow(/not a portal backup/);
    const cut = variant("cut.jsonl.gz", (l) => l.slice(0, Math.floor(l.length / 2)));
    await expect(restoreDatabase(to.handle, cut)).rejects.toThrow(/incomplete/);
    expect(await count("select count(*)::int as n from users")).toBe(0);
    expect(await count("select count(*)::int as n from rubric_versions")).toBe(0);
    // the complete file still restores into the same database afterwards
    await expect(restoreDatabase(to.handle, sources.pglite.file)).resolves.toMatchObject({ rows: expect.any(Number) });
  });
});
