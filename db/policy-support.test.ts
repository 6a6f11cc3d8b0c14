import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import type { PktdRecord } from "@/lib/instrument/fields";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import { savePktdRecord, saveProgrammeActivity } from "@/services/policy-support";
import { insertAudit } from "./queries/audit";
import { listClustersForActivities } from "./queries/policy";
import { findRoundByCode } from "./queries/surveys";
import { auditLog, pktdRecords, scoreSnapshots } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const lamsel = { id: null, username: "lamsel", role: "regency_official" as const, regions: ["18.01"] };
const lamtim = { id: null, username: "lamtim", role: "regency_official" as const, regions: ["18.07"] };
const ministry = { id: null, username: "kementerian", role: "ministry_staff" as const, regions: [] as string[] };
const CANTI = "18.01.16.2004";

// Canti 2019 with wages at 20 % of the physical work (R1 fails) and everything else passing
const RECORD: PktdRecord = {
  village_code: CANTI, year: 2019, dana_desa_total: 1_000_000_000, pktd_budget: 300_000_000, physical_work_value: 250_000_000,
  wages_paid: 50_000_000, hok_total: 1000, hok_women: 400, workers_total: 50, workers_women: 20, payment_frequency: "weekly",
  contracted_out: "no", heavy_equipment: "no", during_harvest: "no", local_material_share: 80, activity_count: 2,
  hi_beneficiaries: 0, hi_assets: null,
};

describe.each(TARGETS)("policy support entered by the regency on $name", ({ setUp }) => {
  let t: TestDb;
  let roundId: number;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    roundId = (await findRoundByCode(t.handle.db, "IR-LAMSEL-2019"))!.id;
  });
  afterAll(async () => t?.dispose());

  const run = <T>(actor: typeof lamsel | typeof ministry, fn: (ctx: Parameters<typeof savePktdRecord>[0]) => Promise<T>, failAudit = false) =>
    t.handle.db.transaction((tx) =>
      fn({
        tx,
        actor,
        audit: async (e: AuditEntry) => {
          if (failAudit) throw new Error("audit failed");
          await insertAudit(tx, { ...e, actorId: null, actorUsername: actor.username, ip: "test" });
        },
      }),
    );
  const snapshot = async (type: "cluster" | "village" | "district" | "regency", code: string) => {
    const [row] = await t.handle.db
      .select()
      .from(scoreSnapshots)
      .where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.unitType, type), eq(scoreSnapshots.unitCode, code)));
    return row!;
  };
  const record = async (year: number) =>
    (await t.handle.db.select().from(pktdRecords).where(and(eq(pktdRecords.villageCode, CANTI), eq(pktdRecords.year, year))))[0];
  const rulesOf = (row: Awaited<ReturnType<typeof snapshot>>) =>
    (row.result as { policySupport: PolicySupport }).policySupport.checks.find((c) => c.villageCode === CANTI)?.rules;

  it("a failure after the writes leaves the record and every score as they were", async () => {
    const before = await record(2019);
    const village = await snapshot("village", CANTI);
    await expect(run(lamsel, (ctx) => savePktdRecord(ctx, { record: RECORD, expectedVersion: before!.version }), true)).rejects.toThrow("audit failed");
    expect(await record(2019)).toEqual(before);
    expect((await snapshot("village", CANTI)).computedAt).toEqual(village.computedAt);
    expect((await snapshot("village", CANTI)).policySupport).toBe(village.policySupport);
  });

  it("saving rescores the village, its district and regency and its cluster in the same transaction, with before → after audited", async () => {
    const before = await record(2019);
    const old = {
      village: await snapshot("village", CANTI),
      district: await snapshot("district", "18.01.16"),
      regency: await snapshot("regency", "18.01"),
      cluster: await snapshot("cluster", "CANTI-KERIPIK"),
      other: await snapshot("village", "18.01.16.2016"),
    };
    const saved = await run(lamsel, (ctx) => savePktdRecord(ctx, { record: RECORD, expectedVersion: before!.version }));
    expect(saved.version).toBe(before!.version + 1);
    expect(saved.rescored.map((r) => r.changed)).toEqual([4]); // village, district, regency, cluster
    const after = await record(2019);
    expect(after).toMatchObject({ version: before!.version + 1, origin: "survey", data: RECORD });

    const village = await snapshot("village", CANTI);
    expect(rulesOf(village)).toEqual({ R1: "fail", R2: "pass", R3: "pass", R4: "pass", R5: "pass" });
    expect(village.policySupport).not.toBe(old.village.policySupport);
    for (const [type, code, was] of [
      ["district", "18.01.16", old.district],
      ["regency", "18.01", old.regency],
      ["cluster", "CANTI-KERIPIK", old.cluster],
    ] as const) {
      const now = await snapshot(type, code);
      expect(now.inputsHash).not.toBe(was.inputsHash);
      expect(rulesOf(now)?.R1).toBe("fail");
    }
    // Wai Muli Timur does not contain Canti: untouched
    expect((await snapshot("village", "18.01.16.2016")).computedAt).toEqual(old.other.computedAt);

    const [audit] = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, "pktd.update"));
    expect(audit).toMatchObject({ entityType: "pktd_record", entityId: `${CANTI}|2019`, before: before!.data, after: RECORD, actorUsername: "lamsel" });
  });

  it("a second save from the same starting version is a conflict, not a lost update", async () => {
    const current = await record(2019);
    const stale = current!.version - 1;
    await expect(run(lamsel, (ctx) => savePktdRecord(ctx, { record: { ...RECORD, wages_paid: 1 }, expectedVersion: stale }))).rejects.toMatchObject({
      code: "conflict",
      messageKey: "pktd_conflict",
    });
    expect(await record(2019)).toEqual(current);
    // a "new" record where one exists is a conflict too
    await expect(run(lamsel, (ctx) => savePktdRecord(ctx, { record: RECORD, expectedVersion: 0 }))).rejects.toBeInstanceOf(AppError);
  });

  it("a new year creates a record at version 1", async () => {
    const saved = await run(lamsel, (ctx) => savePktdRecord(ctx, { record: { ...RECORD, year: 2020 }, expectedVersion: 0 }));
    expect(saved.version).toBe(1);
    expect((await record(2020))?.version).toBe(1);
  });

  it("an out-of-scope village is refused as not found, and ministry staff may not edit at all; nothing is written", async () => {
    const lamtimVillage = { ...RECORD, village_code: "18.07.01.2004" };
    await expect(run(lamtim as typeof lamsel, (ctx) => savePktdRecord(ctx, { record: RECORD, expectedVersion: 0 }))).rejects.toMatchObject({ code: "not_found" });
    await expect(run(lamsel, (ctx) => savePktdRecord(ctx, { record: lamtimVillage, expectedVersion: 0 }))).rejects.toMatchObject({ code: "not_found" });
    await expect(run(ministry, (ctx) => savePktdRecord(ctx, { record: RECORD, expectedVersion: 0 }))).rejects.toMatchObject({ code: "forbidden" });
    const rows = await t.handle.db.select().from(pktdRecords).where(eq(pktdRecords.villageCode, "18.07.01.2004"));
    expect(rows).toEqual([]);
  });

  it("programme activities: saved and corrected with before → after, refused outside the scope", async () => {
    const cluster = (await listClustersForActivities(t.handle.db, lamsel)).find((c) => c.code === "CANTI-KERIPIK")!;
    const input = { clusterId: cluster.id, kind: "training" as const, date: "2019-08-17", budget: 15_000_000, provider: "DPPPA Lampung Selatan" };
    const id = await run(lamsel, (ctx) => saveProgrammeActivity(ctx, input));
    await run(lamsel, (ctx) => saveProgrammeActivity(ctx, { ...input, id, budget: 20_000_000 }));
    const [audit] = await t.handle.db.select().from(auditLog).where(eq(auditLog.action, "programme_activity.update"));
    expect(audit).toMatchObject({ before: { budget: 15_000_000 }, after: { budget: 20_000_000 } });
    await expect(run(lamtim as typeof lamsel, (ctx) => saveProgrammeActivity(ctx, input))).rejects.toMatchObject({ code: "not_found" });
  });
});
