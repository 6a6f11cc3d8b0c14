import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateInputOf, candidatesFor, snapshotChanges, type DecisionSnapshot } from "@/lib/candidates";
import { AppError } from "@/lib/errors";
import { RUBRIC_V1, rubricWith } from "@/lib/scoring/rubric";
import { commitImport } from "@/services/import";
import { rescoreRound } from "@/services/rescore";
import { currentSnapshot, recordDecision } from "@/services/decide";
import { listClusterScores } from "./queries/candidates";
import { latestDecision, latestDecisions, listDecisions } from "./queries/decisions";
import { insertRubricVersion, updateRubricDefinition } from "./queries/scores";
import { findRoundByCode } from "./queries/surveys";
import { auditLog, decisions } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "test-admin", role: "administrator" as const, regions: [] as string[] };
const lamsel = { id: null, username: "lamsel", role: "regency_official" as const, regions: ["18.01"] };
const peneliti = { id: null, username: "peneliti", role: "researcher" as const, regions: [] as string[] };
const ROUND = "IR-LAMSEL-2019";
const V2 = "rubrik-uji-v2";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
// twelve members of a Lampung Timur cluster, so that it passes C6 and is worth deciding on
const lamtimRows = Array.from({ length: 12 }, (_, i) =>
  `LT-${i + 1},18.07.01.2004,LT-TEMPE,female,self,forum,supportive,yes,gt2,continuous,own,food,2,2,2,2,2,2,direct,outside_village,cash,50to75,increased,local,supplier_core,yes,no,government`,
);

describe.each(TARGETS)("decisions on $name", ({ setUp }) => {
  let t: TestDb;
  let roundId: number;
  const countRows = async () => {
    const [d] = await t.handle.db.select({ n: count() }).from(decisions);
    const [a] = await t.handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "decision.record"));
    return { decisions: d?.n ?? 0, audit: a?.n ?? 0 };
  };

  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    const db = t.handle.db;
    await db.transaction((tx) =>
      commitImport(tx, { kind: "respondents", fileName: "lamtim.csv", bytes: new TextEncoder().encode([HEADER, ...lamtimRows].join("\n")), mode: "all", round: { code: ROUND }, actor: admin }),
    );
    roundId = (await findRoundByCode(db, ROUND))!.id;
    // an unlocked copy of v1, scored, that an administrator may later revise
    await db.transaction(async (tx) => {
      await insertRubricVersion(tx, { version: V2, label: "uji", basedOn: RUBRIC_V1.version, definition: { ...structuredClone(RUBRIC_V1), version: V2 }, locked: false });
      await rescoreRound(tx, roundId, V2);
    });
  }, 120_000);
  afterAll(async () => t?.dispose());

  it("reads stored cluster scores within the user's regions only", async () => {
    const mine = await listClusterScores(t.handle.db, lamsel, { roundId, version: RUBRIC_V1.version });
    expect(mine.map((r) => r.unitCode)).toEqual(["CANTI-KERIPIK", "WMT-BAKSO"]);
    const all = await listClusterScores(t.handle.db, admin, { roundId, version: RUBRIC_V1.version });
    expect(all.map((r) => r.unitCode)).toEqual(["CANTI-KERIPIK", "LT-TEMPE", "WMT-BAKSO"]);
    // the parts of the stored result the rules read come back from the database intact
    const tempe = candidateInputOf(RUBRIC_V1.candidates, all.find((r) => r.unitCode === "LT-TEMPE")!);
    expect(tempe).toMatchObject({ n: 12, ir: { IR1: 0, IR2: 12, IR3: 0, unclassified: 0 }, institutions: { answered: 12, enough: 12 } });
    expect(tempe.variables.institution).toBeCloseTo((3 + 7 / 3 + 3) / 3, 10);
    const rows = candidatesFor(RUBRIC_V1, mine.map((r) => candidateInputOf(RUBRIC_V1.candidates, r)));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.criteria.C6).toMatchObject({ status: "pass" });
  });

  it("keeps a decision's snapshot after the rubric changes and the round is rescored; shows the difference", async () => {
    const db = t.handle.db;
    const decision = await recordDecision(db, lamsel, { round: ROUND, rubric: V2, cluster: "CANTI-KERIPIK", kind: "shortlisted", reason: "Siap menjadi percontohan", reviewOn: "2027-03-01" });
    const recorded = decision.snapshot as DecisionSnapshot;
    expect(recorded).toMatchObject({ round: ROUND, rubricVersion: V2, rankedWithin: "18.01", n: 56 });

    await db.transaction(async (tx) => {
      await updateRubricDefinition(tx, V2, rubricWith({ ...RUBRIC_V1, version: V2 }, { weights: { institution: 0.4, activity: 0.2, performance: 0.2, connectivity: 0.2 } }));
      await rescoreRound(tx, roundId, V2);
    });

    const stored = await latestDecision(db, lamsel, "CANTI-KERIPIK");
    expect(stored?.id).toBe(decision.id);
    expect(stored?.snapshot).toEqual(recorded);
    const now = await currentSnapshot(db, lamsel, { roundId, roundCode: ROUND, version: V2, cluster: "CANTI-KERIPIK" });
    expect(now?.readiness).not.toBeCloseTo(recorded.readiness ?? NaN, 6);
    expect(snapshotChanges(recorded, now)?.map((c) => c.field)).toContain("readiness");
  });

  it("supersedes the decision in force with a new one, never changing the old row", async () => {
    const db = t.handle.db;
    const first = await latestDecision(db, lamsel, "CANTI-KERIPIK");
    const second = await recordDecision(db, admin, { round: ROUND, cluster: "CANTI-KERIPIK", kind: "selected", reason: "Dipilih oleh kementerian" });
    expect(second.supersedes).toBe(first!.id);
    const log = await listDecisions(db, lamsel, { clusterCode: "CANTI-KERIPIK" });
    expect(log.map((d) => [d.kind, d.decidedByUsername])).toEqual([["selected", "test-admin"], ["shortlisted", "lamsel"]]);
    expect(log[1]).toMatchObject({ id: first!.id, reason: first!.reason, snapshot: first!.snapshot, reviewOn: "2027-03-01" });
    expect((await latestDecisions(db, lamsel, ["CANTI-KERIPIK", "WMT-BAKSO"])).get("CANTI-KERIPIK")?.kind).toBe("selected");
  });

  it("refuses a decision on a cluster outside her regions with nothing written", async () => {
    const before = await countRows();
    await expect(recordDecision(t.handle.db, lamsel, { round: ROUND, cluster: "LT-TEMPE", kind: "shortlisted", reason: "Di luar wilayah" })).rejects.toMatchObject(new AppError("not_found"));
    expect(await countRows()).toEqual(before);
    // and nothing of Lampung Timur shows in her log
    expect((await listDecisions(t.handle.db, lamsel, { regionCode: "18.07" })).length).toBe(0);
  });

  it.each([
    ["a researcher", peneliti, { round: ROUND, cluster: "WMT-BAKSO", kind: "shortlisted", reason: "Alasan cukup" }, "forbidden"],
    ["no reason", lamsel, { round: ROUND, cluster: "WMT-BAKSO", kind: "shortlisted", reason: " " }, "invalid"],
    ["an unknown kind", lamsel, { round: ROUND, cluster: "WMT-BAKSO", kind: "approved", reason: "Alasan cukup" }, "invalid"],
    ["a bad review date", lamsel, { round: ROUND, cluster: "WMT-BAKSO", kind: "deferred", reason: "Alasan cukup", reviewOn: "2027-13-45" }, "invalid"],
    ["an unknown cluster", lamsel, { round: ROUND, cluster: "NOPE", kind: "deferred", reason: "Alasan cukup" }, "not_found"],
  ])("refuses %s with nothing written", async (_, actor, input, code) => {
    const before = await countRows();
    await expect(recordDecision(t.handle.db, actor, input)).rejects.toMatchObject({ code });
    expect(await countRows()).toEqual(before);
  });
});
