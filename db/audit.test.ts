import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDb } from "./migrate";
import { insertAudit, listAudit } from "./queries/audit";
import { auditLog, users } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

describe.each(TARGETS)("audit log on $name", ({ create }) => {
  let t: TestDb;
  let id: number;

  beforeAll(async () => {
    t = await create();
    await migrateDb(t.handle.db, t.handle.kind);
    await insertAudit(t.handle.db, { actorUsername: "tester", action: "rubric.copy", entityType: "rubric", entityId: "v9", after: { label: "x" } });
    [{ id }] = (await t.handle.db.select({ id: auditLog.id }).from(auditLog)) as [{ id: number }];
  });
  afterAll(async () => t?.dispose());

  const rowCount = async () => (await t.handle.db.select({ n: count() }).from(auditLog))[0]!.n;
  const failure = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
      return String((cause as Error).message ?? cause);
    }
    return "succeeded";
  };

  it("inserts rows", async () => {
    await insertAudit(t.handle.db, { actorUsername: "tester", action: "rubric.update", entityType: "rubric", entityId: "v9" });
    expect(await rowCount()).toBe(2);
  });

  it("refuses to update a row, through drizzle and raw SQL", async () => {
    expect(await failure(() => t.handle.db.update(auditLog).set({ action: "rubric.rescore" }).where(eq(auditLog.id, id)))).toMatch(/append-only: UPDATE/);
    expect(await failure(() => t.handle.db.execute(sql`update audit_log set after = null`))).toMatch(/append-only: UPDATE/);
    const [row] = await t.handle.db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(row).toMatchObject({ action: "rubric.copy", after: { label: "x" } });
  });

  it("refuses to delete or truncate", async () => {
    expect(await failure(() => t.handle.db.delete(auditLog).where(eq(auditLog.id, id)))).toMatch(/append-only: DELETE/);
    expect(await failure(() => t.handle.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    expect(await rowCount()).toBe(2);
  });

  it("keeps an actor's rows: her account cannot be deleted once she has acted", async () => {
    const [user] = await t.handle.db.insert(users).values({ username: "actor", displayName: "Actor", role: "researcher", passwordHash: "x" }).returning();
    await insertAudit(t.handle.db, { actorId: user!.id, actorUsername: "actor", action: "round.create", entityType: "survey_round", entityId: "R1" });
    expect(await failure(() => t.handle.db.delete(users).where(eq(users.id, user!.id)))).toMatch(/append-only: UPDATE/);
    const { rows } = await listAudit(t.handle.db, { limit: 10, offset: 0, filters: { actor: "actor" } });
    expect(rows.map((r) => [r.actorId, r.action])).toEqual([[user!.id, "round.create"]]);
  });
});
