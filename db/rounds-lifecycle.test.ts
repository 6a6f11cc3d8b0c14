import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { commitImport } from "@/services/import";
import { changeRound, type RoundActor } from "@/services/rounds";
import type { DbOrTx } from "./client";
import { listSnapshots, unitHistory } from "./queries/scores";
import { findRoundByCode, getRoundInScope, listClusters, listRespondentAnswers, listRounds } from "./queries/surveys";
import { auditLog, users } from "./schema";
import { regenciesWithData, strataAcrossRounds } from "./queries/dashboard";
import type { Viewer } from "./queries/scope";
import { TARGETS, type TestDb } from "./test/targets";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,age,product,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const row = (id: string, village: string) =>
  `${id},${village},DRAFT-TEMPE,female,41,tempe Bu Ani,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,gt75,increased,local,producer_only,yes,yes,government college`;
const file = (ids: string[], village = "18.01.16.2004") => new TextEncoder().encode([HEADER, ...ids.map((i) => row(i, village))].join("\n"));

/** Row count and md5 of the ordered rows of every table (the audit log aside: it only grows). */
async function fingerprint(db: DbOrTx): Promise<Record<string, string>> {
  const tables = (await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)) as unknown as { table_name: string }[];
  const rows = Array.isArray(tables) ? tables : ((tables as unknown as { rows: { table_name: string }[] }).rows ?? []);
  const out: Record<string, string> = {};
  for (const { table_name } of rows) {
    if (table_name === "audit_log" || table_name.startsWith("__drizzle")) continue;
    const res = await db.execute(sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_name}" t`));
    const [r] = (Array.isArray(res) ? res : (res as unknown as { rows: unknown[] }).rows) as { n: number; h: string }[];
    out[table_name] = `${r!.n}:${r!.h}`;
  }
  return out;
}

describe.each(TARGETS)("round life cycle on $name", ({ setUp }) => {
  let t: TestDb;
  let researcher: RoundActor;
  let other: RoundActor;
  const admin: RoundActor = { id: null, username: "admin-test", role: "administrator", regions: [] };
  const lamsel = { id: 9001, username: "lamsel", role: "regency_official" as const, regions: ["18.01"] };
  const ministry = { id: 9002, username: "kementerian", role: "ministry_staff" as const, regions: [] };

  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    const made = await t.handle.db
      .insert(users)
      .values([
        { username: "peneliti-a", displayName: "A", passwordHash: "x", role: "researcher" },
        { username: "peneliti-b", displayName: "B", passwordHash: "x", role: "researcher" },
      ])
      .returning();
    researcher = { id: made[0]!.id, username: "peneliti-a", role: "researcher", regions: [] };
    other = { id: made[1]!.id, username: "peneliti-b", role: "researcher", regions: [] };
  });
  afterAll(async () => t?.dispose());

  const importDraft = (code: string, ids: string[]) =>
    t.handle.db.transaction((tx) =>
      commitImport(tx, { kind: "respondents", fileName: `${code}.csv`, bytes: file(ids), mode: "all", round: { code, name: `Draft ${code}`, source: "test", licence: "CC BY 4.0" }, actor: researcher }),
    );

  it("a new round is its creator's draft, invisible to a regency official, ministry staff and other researchers", async () => {
    const db = t.handle.db;
    await importDraft("DRAFT-A", ["a1", "a2", "a3", "a4", "a5", "a6"]);
    const round = (await findRoundByCode(db, "DRAFT-A"))!;
    expect(round).toMatchObject({ status: "draft", createdBy: researcher.id });

    // the ministry's national picture: the draft's clusters are counted for its author only
    const clusterTotal = async (viewer: Viewer) => (await strataAcrossRounds(db, viewer)).reduce((sum, s) => sum + s.n, 0);
    expect(await clusterTotal(researcher)).toBe((await clusterTotal(ministry)) + 1);
    expect((await regenciesWithData(db, ministry)).map((r) => r.roundCode)).not.toContain("DRAFT-A");
    for (const viewer of [lamsel, ministry, other]) {
      expect((await listRounds(db, viewer)).map((r) => r.code)).not.toContain("DRAFT-A");
      expect(await getRoundInScope(db, viewer, "DRAFT-A")).toBeNull();
      expect(await listRespondentAnswers(db, viewer, round.id)).toEqual([]);
      expect(await listClusters(db, viewer, round.id)).toEqual([]);
      expect(await listSnapshots(db, viewer, { roundId: round.id, version: round.rubricVersion, unitType: "village" })).toEqual([]);
      expect((await unitHistory(db, viewer, "village", "18.01.16.2004")).map((h) => h.roundCode)).toEqual(["IR-LAMSEL-2019"]);
    }
    // the paper round stays published and visible to the official
    expect((await listRounds(db, lamsel)).map((r) => [r.code, r.status])).toEqual([["IR-LAMSEL-2019", "published"]]);

    for (const viewer of [researcher, admin]) {
      expect((await listRounds(db, viewer)).map((r) => r.code)).toContain("DRAFT-A");
      expect(await listRespondentAnswers(db, viewer, round.id)).toHaveLength(6);
      expect(await listSnapshots(db, viewer, { roundId: round.id, version: round.rubricVersion, unitType: "village" })).toHaveLength(1);
    }
  });

  it("another researcher can neither import into, publish nor delete someone's draft", async () => {
    const tx = (fn: (tx: DbOrTx) => Promise<unknown>) => t.handle.db.transaction(fn);
    await expect(tx((x) => changeRound(x, other, { code: "DRAFT-A", verb: "publish" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(tx((x) => changeRound(x, other, { code: "DRAFT-A", verb: "delete" }))).rejects.toBeInstanceOf(AppError);
    await expect(
      tx((x) => commitImport(x, { kind: "respondents", fileName: "x.csv", bytes: file(["z1"]), mode: "all", round: { code: "DRAFT-A" }, actor: other })),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await findRoundByCode(t.handle.db, "DRAFT-A"))!.status).toBe("draft");
  });

  it("deleting a draft removes every row that belonged to it and nothing else, audited", async () => {
    const db = t.handle.db;
    const before = await fingerprint(db);
    await importDraft("DRAFT-B", ["b1", "b2", "b3", "b4", "b5", "b6", "b7"]);
    const during = await fingerprint(db);
    for (const table of ["survey_rounds", "respondents", "clusters", "imports", "score_snapshots"]) expect(during[table]).not.toBe(before[table]);

    await db.transaction((tx) => changeRound(tx, researcher, { code: "DRAFT-B", verb: "delete" }));
    expect(await fingerprint(db)).toEqual(before);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, "DRAFT-B")).orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(["round.create", "round.delete"]);
    expect(entries[0]).toMatchObject({ actorUsername: "peneliti-a", after: { status: "draft" } });
    expect(entries[1]).toMatchObject({ action: "round.delete", actorUsername: "peneliti-a", before: { status: "draft" } });
    expect(entries[1]!.after).toMatchObject({ deleted: true, respondents: 7, clusters: 1, imports: 1 });
  });

  it("publishing makes it visible and a default; a published round is never deleted, only withdrawn with a reason", async () => {
    const db = t.handle.db;
    await db.transaction((tx) => changeRound(tx, researcher, { code: "DRAFT-A", verb: "publish" }));
    expect((await listRounds(db, lamsel)).map((r) => r.code)).toContain("DRAFT-A");
    await expect(db.transaction((tx) => changeRound(tx, researcher, { code: "DRAFT-A", verb: "delete" }))).rejects.toMatchObject({ code: "conflict" });
    await expect(db.transaction((tx) => changeRound(tx, admin, { code: "IR-LAMSEL-2019", verb: "delete" }))).rejects.toMatchObject({ code: "conflict" });
    await expect(db.transaction((tx) => changeRound(tx, researcher, { code: "DRAFT-A", verb: "withdraw", reason: "" }))).rejects.toMatchObject({ code: "invalid" });
    await db.transaction((tx) => changeRound(tx, researcher, { code: "DRAFT-A", verb: "withdraw", reason: "Salah kode desa pada 6 baris" }));
    expect(await findRoundByCode(db, "DRAFT-A")).toMatchObject({ status: "withdrawn", statusReason: "Salah kode desa pada 6 baris" });
    expect(await findRoundByCode(db, "IR-LAMSEL-2019")).toMatchObject({ status: "published" });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, "DRAFT-A"))).map((a) => a.action);
    expect(actions).toEqual(["round.create", "round.publish", "round.withdraw"]);
  });
});
