import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRound } from "@/services/rounds";
import { AppError } from "@/lib/errors";
import { clustersToCsv, respondentsToCsv } from "@/lib/import/export-csv";
import { formatMessage } from "@/lib/import/messages";
import type { RespondentRecord } from "@/lib/instrument/fields";
import { rescoreRounds } from "@/services/rescore";
import { analyseImport, commitImport, parseAndStageUpload, previewImport, type CommitRequest } from "@/services/import";
import { listSnapshots } from "./queries/scores";
import { sql } from "drizzle-orm";
import { deleteStalePending, findRoundByCode, getPending, insertPending, listClusterRecords, listImports, listRespondentAnswers, listRounds } from "./queries/surveys";
import { users } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "test", role: "administrator" as const, regions: [] as string[] };
const lamsel = { id: null, username: "lamsel", role: "regency_official" as const, regions: ["18.01"] };
const lamtim = { id: null, username: "lamtim", role: "regency_official" as const, regions: ["18.07"] };
const LAMSEL_VILLAGE = "18.01.16.2004";
const LAMTIM_VILLAGE = "18.07.01.2004";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,product,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const VALUE_ADDED = ["lt25", "25to50", "50to75", "gt75"];
const row = (id: string, village: string, cluster: string, i = 0) =>
  `${id},${village},${cluster},female,self,natural,supportive,no,gt2,continuous,own,food,tempe,${i % 4},2,1,${(i >> 2) % 4},1,2,direct,village,cash,${VALUE_ADDED[i % 4]},increased,local,producer_only,yes,yes,government college`;
const file = (rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join("\n"));
const newRound = (code: string, extra: Record<string, string> = {}) => ({
  code,
  name: `Round ${code}`,
  source: "integration test",
  licence: "test",
  rubricVersion: "rubrik-2019-v1" as const,
  ...extra,
});

describe.each(TARGETS)("import hardening on $name", ({ setUp }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
  }, 120_000);
  afterAll(async () => t?.dispose());

  const commit = (request: Omit<CommitRequest, "actor"> & { actor?: CommitRequest["actor"] }) =>
    t.handle.db.transaction((tx) => commitImport(tx, { actor: admin, ...request }));

  it("issue 9 item 1: the rounds listing counts the paper round's 101 respondents and 2 clusters", async () => {
    const paper = (await listRounds(t.handle.db, admin)).find((r) => r.code === "IR-LAMSEL-2019");
    expect(paper).toMatchObject({ respondents: 101, clusters: 2 });
    expect(paper?.lastImportAt).toBeInstanceOf(Date);
  });

  it("issue 8 item 7: a Lampung Selatan respondent cannot join a cluster based in Lampung Timur", async () => {
    await commit({ kind: "respondents", fileName: "mix.csv", bytes: file([row("T1", LAMTIM_VILLAGE, "LT-TEMPE"), row("S1", LAMSEL_VILLAGE, "LS-TEMPE")]), mode: "all", round: newRound("MIX") });
    // a new round is its creator's draft; officials see it once it is published
    await t.handle.db.transaction((tx) => changeRound(tx, admin, { code: "MIX", verb: "publish" }));
    const bad = file([row("S2", LAMSEL_VILLAGE, "LT-TEMPE"), row("T2", LAMTIM_VILLAGE, "LT-TEMPE")]);
    const preview = await analyseImport(t.handle.db, admin, { kind: "respondents", fileName: "bad.csv", bytes: bad, roundCode: "MIX" });
    expect(preview.rejected.map((r) => r.line)).toEqual([2]);
    expect(formatMessage(preview.errors[0]!, "id")).toContain("baris 2, kolom cluster_code: klaster LT-TEMPE berada di desa 18.07.01.2004");
    expect(formatMessage(preview.errors[0]!, "en")).toContain("a respondent from another regency cannot be one of its members");
    await expect(commit({ kind: "respondents", fileName: "bad.csv", bytes: bad, mode: "all", round: { code: "MIX" } })).rejects.toThrow(AppError);
    await commit({ kind: "respondents", fileName: "bad.csv", bytes: bad, mode: "valid_only", round: { code: "MIX" } });
    const round = await findRoundByCode(t.handle.db, "MIX");
    // what the Lampung Timur official sees of her cluster: only Lampung Timur respondents
    const seen = await listRespondentAnswers(t.handle.db, lamtim, round!.id);
    expect(seen.map((r) => r.villageCode)).toEqual([LAMTIM_VILLAGE, LAMTIM_VILLAGE]);
    const all = await listRespondentAnswers(t.handle.db, admin, round!.id);
    expect(all.filter((r) => r.clusterCode === "LT-TEMPE").every((r) => r.villageCode.startsWith("18.07."))).toBe(true);
  });

  it("issue 9 item 8: round pages and the rounds listing show a regency official only her regions' imports and clusters", async () => {
    const paper = await findRoundByCode(t.handle.db, "IR-LAMSEL-2019");
    const mix = await findRoundByCode(t.handle.db, "MIX");
    expect((await listImports(t.handle.db, lamsel, paper!.id)).length).toBeGreaterThan(0);
    expect(await listImports(t.handle.db, lamtim, paper!.id)).toEqual([]);
    await commit({ kind: "respondents", fileName: "lamsel-only.csv", bytes: file([row("S9", LAMSEL_VILLAGE, "LS-TEMPE")]), mode: "all", round: { code: "MIX" } });
    const lamtimSees = (await listImports(t.handle.db, lamtim, mix!.id)).map((i) => i.fileName);
    expect(lamtimSees).not.toContain("lamsel-only.csv");
    expect(lamtimSees).toContain("mix.csv");
    expect((await listImports(t.handle.db, lamsel, mix!.id)).map((i) => i.fileName)).toContain("lamsel-only.csv");
    expect((await listImports(t.handle.db, admin, mix!.id)).length).toBe(3);
    const listed = async (actor: typeof admin | typeof lamsel) => (await listRounds(t.handle.db, actor)).find((r) => r.code === "MIX");
    expect(await listed(lamtim)).toMatchObject({ respondents: 2, clusters: 1 });
    expect(await listed(lamsel)).toMatchObject({ respondents: 2, clusters: 1 });
    expect(await listed(admin)).toMatchObject({ respondents: 4, clusters: 2 });
    expect((await listRounds(t.handle.db, lamtim)).find((r) => r.code === "IR-LAMSEL-2019")).toBeUndefined();
  });

  it("issue 8 item 2: concurrent commits into one round leave scores equal to a full recompute and true history", async () => {
    await commit({ kind: "respondents", fileName: "seed.csv", bytes: file([row("C0", LAMSEL_VILLAGE, "CC")]), mode: "all", round: newRound("CONC", { periodEnd: "2019-06-30" }) });
    const a = file(Array.from({ length: 3000 }, (_, i) => row(`A${i}`, LAMSEL_VILLAGE, i % 2 ? "CC" : "CD", i)));
    const b = file(Array.from({ length: 3000 }, (_, i) => row(`B${i}`, "18.01.16.2016", i % 2 ? "CC" : "CE", i + 1)));
    const tokenOf = async (bytes: Uint8Array) => (await analyseImport(t.handle.db, admin, { kind: "respondents", fileName: "x.csv", bytes, roundCode: "CONC" })).token;
    const [ta, tb] = [await tokenOf(a), await tokenOf(b)];
    // two different files at once: both commit, one after the other
    await Promise.all([
      commit({ kind: "respondents", fileName: "a.csv", bytes: a, mode: "valid_only", round: { code: "CONC" }, previewToken: ta }),
      commit({ kind: "respondents", fileName: "b.csv", bytes: b, mode: "valid_only", round: { code: "CONC" }, previewToken: tb }),
    ]);
    const round = await findRoundByCode(t.handle.db, "CONC");
    const regency = await listSnapshots(t.handle.db, admin, { roundId: round!.id, version: round!.rubricVersion, unitType: "regency" });
    expect(regency.map((s) => s.n)).toEqual([6001]);
    const recompute = await t.handle.db.transaction((tx) => rescoreRounds(tx, [round!.id]));
    expect(recompute.map((r) => r.changed)).toEqual([0]);

    // the same file twice at once: one import, the other refused with "review again"
    const c = file(Array.from({ length: 300 }, (_, i) => row(`D${i}`, LAMSEL_VILLAGE, "CC", i)));
    const tc = await tokenOf(c);
    const results = await Promise.allSettled([
      commit({ kind: "respondents", fileName: "c.csv", bytes: c, mode: "all", round: { code: "CONC" }, previewToken: tc }),
      commit({ kind: "respondents", fileName: "c.csv", bytes: c, mode: "all", round: { code: "CONC" }, previewToken: tc }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict", messageKey: "import_round_changed" });
    const history = (await listImports(t.handle.db, admin, round!.id)).filter((i) => i.fileName === "c.csv");
    expect(history.map((i) => i.counts)).toEqual([expect.objectContaining({ new: 300, changed: 0, unchanged: 0 })]);

    // a preview that promised a new round does not merge into one created meanwhile
    const d = file([row("N1", LAMSEL_VILLAGE, "CN")]);
    const td = (await analyseImport(t.handle.db, admin, { kind: "respondents", fileName: "d.csv", bytes: d, roundCode: "NEWR" })).token;
    const both = await Promise.allSettled([
      commit({ kind: "respondents", fileName: "d.csv", bytes: d, mode: "all", round: newRound("NEWR"), previewToken: td }),
      commit({ kind: "respondents", fileName: "d.csv", bytes: d, mode: "all", round: newRound("NEWR"), previewToken: td }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  }, 180_000);

  it("issue 9 item 3: export then import into a new round gives the same respondents, clusters and scores", async () => {
    const db = t.handle.db;
    const paper = (await findRoundByCode(db, "IR-LAMSEL-2019"))!;
    const respondentsCsv = respondentsToCsv((await listRespondentAnswers(db, admin, paper.id)).map((r) => r.answers as RespondentRecord));
    const clustersCsv = clustersToCsv(await listClusterRecords(db, admin, paper.id));
    const period = { periodStart: paper.periodStart!, periodEnd: paper.periodEnd! };
    // respondents alone: clusters come back with their product, from the members' rows
    await commit({ kind: "respondents", fileName: "rt.csv", bytes: new TextEncoder().encode(respondentsCsv), mode: "all", round: newRound("RT-ONLY", period) });
    const only = (await findRoundByCode(db, "RT-ONLY"))!;
    expect((await listClusterRecords(db, admin, only.id)).map((c) => c.product)).toEqual((await listClusterRecords(db, admin, paper.id)).map((c) => c.product));
    // with the clusters file: every field of every cluster and respondent
    await commit({ kind: "clusters", fileName: "rt-clusters.csv", bytes: new TextEncoder().encode(clustersCsv), mode: "all", round: newRound("RT", period) });
    await commit({ kind: "respondents", fileName: "rt.csv", bytes: new TextEncoder().encode(respondentsCsv), mode: "all", round: { code: "RT" } });
    const copy = (await findRoundByCode(db, "RT"))!;
    expect(await listClusterRecords(db, admin, copy.id)).toEqual(await listClusterRecords(db, admin, paper.id));
    expect(await listRespondentAnswers(db, admin, copy.id)).toEqual(await listRespondentAnswers(db, admin, paper.id));
    for (const unitType of ["cluster", "village", "district", "regency"] as const) {
      const scores = async (roundId: number) =>
        (await listSnapshots(db, admin, { roundId, version: paper.rubricVersion, unitType })).map((s) => ({
          code: s.unitCode,
          name: s.unitName,
          n: s.n,
          readiness: s.readiness,
          stratum: s.stratum,
          socialCapital: s.socialCapital,
          policySupport: s.policySupport,
          result: s.result,
        }));
      const original = await scores(paper.id);
      expect(original.length).toBeGreaterThan(0);
      expect(await scores(copy.id)).toEqual(original);
    }
  }, 120_000);

  it("issue 13 item 2: an upload's rows wait in staging; the preview lists rejected rows whole, the commit merges them once", async () => {
    const db = t.handle.db;
    await commit({ kind: "respondents", fileName: "st0.csv", bytes: file([row("ST0", LAMSEL_VILLAGE, "ST")]), mode: "all", round: newRound("STAGED") });
    await db.transaction((tx) => changeRound(tx, admin, { code: "STAGED", verb: "publish" }));
    const bytes = file([row("ST1", LAMSEL_VILLAGE, "ST", 1), row("ST2", LAMTIM_VILLAGE, "ST-T", 2), row("ST0", LAMSEL_VILLAGE, "ST")]);
    const parsed = await parseAndStageUpload(db, "respondents", "st.csv", bytes);
    expect(parsed.staged).toBeDefined();
    expect(Object.keys(parsed.rows[0]!.record).sort()).toEqual(["cluster_code", "product", "respondent_id", "village_code"]);
    const request = { kind: "respondents" as const, fileName: "st.csv", fileSha256: "s", parsed, roundCode: "STAGED" };
    const preview = await previewImport(db, lamsel, request);
    expect(preview.plan).toEqual({ new: 1, changed: 0, unchanged: 1 });
    // the Lampung Timur row is outside her regions: listed with every cell of the file, from staging
    expect(preview.rejected.map((r) => [r.line, r.cells.respondent_id, r.cells.value_added])).toEqual([[3, "ST2", "50to75"]]);
    const staged = async () => (await db.execute(sql`select count(*)::int as n from import_staging`)) as unknown as { n: number }[] | { rows: { n: number }[] };
    const count = async () => {
      const r = await staged();
      return Array.isArray(r) ? r[0]!.n : r.rows[0]!.n;
    };
    expect(await count()).toBe(3);
    const request2 = { kind: "respondents" as const, fileName: "st.csv", parsed: { file: parsed, sha256: "s" }, mode: "valid_only" as const, round: { code: "STAGED" }, previewToken: preview.token };
    await commit({ ...request2, actor: lamsel });
    expect(await count()).toBe(0);
    const round = await findRoundByCode(db, "STAGED");
    expect((await listRespondentAnswers(db, admin, round!.id)).map((r) => (r.answers as RespondentRecord).respondent_id)).toEqual(["ST0", "ST1"]);
    // a second click: the batch is gone, nothing is written twice
    await expect(commit({ ...request2, actor: lamsel })).rejects.toMatchObject({ code: "conflict", messageKey: "import_round_changed" });
  });

  it("issue 8 item 1: a pending upload keeps its parse, and is gone after a day", async () => {
    const db = t.handle.db;
    const [user] = await db.insert(users).values({ username: "uploader", displayName: "Uploader", passwordHash: "x", role: "researcher" }).returning();
    const parsed = { columns: ["respondent_id"], warnings: [], errors: [], rejected: [], rows: [] };
    const fresh = await insertPending(db, { kind: "respondents", fileName: "a.csv", fileSha256: "a", bytes: new Uint8Array([1]), parsed, round: { code: "MIX" }, actorId: user!.id });
    const stale = await insertPending(db, { kind: "respondents", fileName: "b.csv", fileSha256: "b", bytes: new Uint8Array([1]), parsed, round: { code: "MIX" }, actorId: user!.id });
    await db.execute(sql`update pending_imports set created_at = now() - interval '25 hours' where id = ${stale}`);
    expect((await getPending(db, fresh, user!.id))?.parsed).toEqual(parsed);
    expect(await getPending(db, stale, user!.id)).toBeNull();
    expect(await getPending(db, fresh, user!.id + 1)).toBeNull();
    expect(await deleteStalePending(db)).toBe(1);
  });
});
