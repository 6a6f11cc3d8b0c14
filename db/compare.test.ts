import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry } from "@/lib/actions";
import { nearestPeers } from "@/lib/compare/peers";
import { commitImport } from "@/services/import";
import { openSavedComparison, saveComparison } from "@/services/compare";
import { countRankUnits, indicatorProfiles, rankUnits, searchScoredUnits, snapshotsOf } from "./queries/compare";
import { countSnapshotRows, listSnapshots, pageSnapshotRows, SNAPSHOT_SORTS } from "./queries/scores";
import { insertAudit } from "./queries/audit";
import { findRoundByCode } from "./queries/surveys";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "admin", role: "administrator" as const, regions: [] as string[] };
const ministry = { id: null, username: "kementerian", role: "ministry_staff" as const, regions: [] as string[] };
const lamsel = { id: null, username: "lamsel", role: "regency_official" as const, regions: ["18.01"] };
const lamtim = { id: null, username: "lamtim", role: "regency_official" as const, regions: ["18.07"] };
const ROUND = "IR-LAMSEL-2019";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const lamtimRow = (id: string) =>
  `${id},18.07.01.2004,LT-TEMPE,female,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,gt75,increased,local,producer_only,yes,yes,government college`;

describe.each(TARGETS)("comparisons on $name", ({ setUp }) => {
  let t: TestDb;
  let roundId: number;
  let version: string;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    // three producers in a Lampung Timur village joins the paper's round: a place outside lamsel's scope
    await t.handle.db.transaction((tx) =>
      commitImport(tx, {
        actor: admin,
        kind: "respondents",
        fileName: "lamtim.csv",
        bytes: new TextEncoder().encode([HEADER, lamtimRow("LT-1"), lamtimRow("LT-2"), lamtimRow("LT-3")].join("\n")),
        mode: "all",
        round: { code: ROUND },
      }),
    );
    const round = (await findRoundByCode(t.handle.db, ROUND))!;
    roundId = round.id;
    version = round.rubricVersion;
  });
  afterAll(async () => t?.dispose());

  const save = (actor: typeof ministry | typeof lamsel, units: { type: "village" | "cluster" | "regency" | "district"; code: string }[]) =>
    t.handle.db.transaction((tx) =>
      saveComparison(
        { tx, actor, audit: (e: AuditEntry) => insertAudit(tx, { ...e, actorId: null, actorUsername: actor.username, ip: "test" }) },
        { title: "Canti dan pembanding", round: ROUND, units },
      ),
    );

  it("search by name or code within scope: 'waimuli' and 'rajabasa' find the paper's places; lamtim finds none of them", async () => {
    const db = t.handle.db;
    const names = async (actor: typeof lamsel | typeof ministry, query: string) => (await searchScoredUnits(db, actor, { roundId, version, query })).map((h) => `${h.type}:${h.name}`);
    expect(await names(lamsel, "waimuli")).toEqual(["village:Wai Muli Timur", "cluster:Sentra Bakso Ikan Wai Muli Timur"]);
    expect(await names(lamsel, "Raja Basa")).toContain("district:Raja Basa");
    expect(await names(lamsel, "18.01.16.2004")).toEqual(["village:Canti"]);
    expect(await names(lamsel, "canti")).toEqual(["village:Canti", "cluster:Sentra Keripik Pisang Canti"]); // exact name first
    expect(await names(lamtim, "canti")).toEqual([]);
    expect(await names(lamtim, "18.07")).toContain("regency:Kabupaten Lampung Timur");
  });

  it("a saved comparison reopens for those who may see all its places and is not found for anyone else", async () => {
    const inLamsel = await save(ministry, [
      { type: "village", code: "18.01.16.2004" },
      { type: "village", code: "18.01.16.2016" },
    ]);
    const mixed = await save(ministry, [
      { type: "village", code: "18.01.16.2004" },
      { type: "village", code: "18.07.01.2004" },
    ]);
    const db = t.handle.db;
    expect((await openSavedComparison(db, ministry, inLamsel))?.snapshots).toHaveLength(2);
    expect((await openSavedComparison(db, lamsel, inLamsel))?.units.map((u) => u.code)).toEqual(["18.01.16.2004", "18.01.16.2016"]);
    expect(await openSavedComparison(db, lamtim, inLamsel)).toBeNull();
    // one out-of-scope place is enough to hide the whole comparison
    expect(await openSavedComparison(db, lamsel, mixed)).toBeNull();
    expect(await openSavedComparison(db, lamtim, mixed)).toBeNull();
    expect(await openSavedComparison(db, ministry, mixed)).not.toBeNull();
    expect(await openSavedComparison(db, ministry, "doesNotExist1")).toBeNull();
  });

  it("saving a place outside her regions is refused as not found", async () => {
    await expect(
      save(lamsel, [
        { type: "village", code: "18.01.16.2004" },
        { type: "village", code: "18.07.01.2004" },
      ]),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("peers come from stored indicator profiles of the same round, nearest first", async () => {
    const profiles = await indicatorProfiles(t.handle.db, ministry, { roundId, version, unitType: "village" });
    expect(profiles.map((p) => p.code).sort()).toEqual(["18.01.16.2004", "18.01.16.2016", "18.07.01.2004"]);
    const target = profiles.find((p) => p.code === "18.01.16.2004")!;
    const peers = nearestPeers({ key: target.code, profile: target.indicators }, profiles.map((p) => ({ key: p.code, profile: p.indicators })));
    expect(peers).toHaveLength(2);
    expect(peers[0]!.distance).toBeLessThanOrEqual(peers[1]!.distance);
    expect(peers[0]!.shared).toBe(17);
    // lamsel's peers never include the Lampung Timur village
    const own = await indicatorProfiles(t.handle.db, lamsel, { roundId, version, unitType: "village" });
    expect(own.map((p) => p.code)).not.toContain("18.07.01.2004");
  });

  it("ranks every village of the round by a stored score, missing values last", async () => {
    const rows = await rankUnits(t.handle.db, ministry, { roundId, version, unitType: "village", by: "readiness", dir: "desc", limit: 100 });
    expect(rows).toHaveLength(3);
    const r = rows.map((x) => x.readiness!);
    expect([...r].sort((a, b) => b - a)).toEqual(r);
    const byVariable = await rankUnits(t.handle.db, ministry, { roundId, version, unitType: "village", by: "performance", dir: "asc", limit: 100 });
    const p = byVariable.map((x) => x.performance!);
    expect([...p].sort((a, b) => a - b)).toEqual(p);
    const snaps = await snapshotsOf(t.handle.db, ministry, { roundId, version, units: [{ type: "village", code: rows[0]!.code }] });
    expect(snaps[0]!.readiness).toBe(rows[0]!.readiness);
  });

  it("cuts rankings and score tables into pages that add up to the whole list, within scope", async () => {
    const q = { roundId, version, unitType: "village" as const };
    const whole = await rankUnits(t.handle.db, ministry, { ...q, by: "readiness", dir: "desc", limit: null });
    expect(await countRankUnits(t.handle.db, ministry, q)).toBe(whole.length);
    const pages = [];
    for (let offset = 0; offset < whole.length; offset += 2) pages.push(...(await rankUnits(t.handle.db, ministry, { ...q, by: "readiness", dir: "desc", limit: 2, offset })));
    expect(pages).toEqual(whole);
    expect(await countRankUnits(t.handle.db, lamsel, q)).toBe(whole.filter((r) => r.code.startsWith("18.01.")).length);

    for (const sort of SNAPSHOT_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        const all = await pageSnapshotRows(t.handle.db, ministry, { ...q, sort, direction, offset: 0, limit: null });
        expect(all).toHaveLength(await countSnapshotRows(t.handle.db, ministry, q));
        const cut = [...(await pageSnapshotRows(t.handle.db, ministry, { ...q, sort, direction, offset: 0, limit: 2 })), ...(await pageSnapshotRows(t.handle.db, ministry, { ...q, sort, direction, offset: 2, limit: 2 }))];
        expect(cut).toEqual(all.slice(0, 4));
      }
    }
    const byReadiness = await pageSnapshotRows(t.handle.db, ministry, { ...q, sort: "readiness", direction: "desc", offset: 0, limit: null });
    const values = byReadiness.map((r) => r.readiness).filter((v): v is number => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // the PKTD flag of each row is the one the stored working holds
    const full = await listSnapshots(t.handle.db, ministry, { ...q, version });
    for (const row of byReadiness) {
      const stored = full.find((f) => f.unitCode === row.code)!.result.policySupport;
      expect(row.pktd).toEqual({ noPktdRecord: stored.noPktdRecord, noPktdReason: stored.noPktdReason, year: stored.year });
    }
    // lamsel's table holds no Lampung Timur village, whatever the page
    const own = await pageSnapshotRows(t.handle.db, lamsel, { ...q, sort: "name", direction: "asc", offset: 0, limit: null });
    expect(own.length).toBe(await countSnapshotRows(t.handle.db, lamsel, q));
    expect(own.every((r) => r.code.startsWith("18.01."))).toBe(true);
  });
});
