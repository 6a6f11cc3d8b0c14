import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { respondentsToCsv } from "@/lib/import/export-csv";
import type { RespondentRecord } from "@/lib/instrument/fields";
import { frequencyTable } from "@/lib/scoring/frequency";
import { IR_CLASSES_V1, irClassOf } from "@/lib/scoring/ir-class";
import { analyseImport, commitImport, type CommitRequest } from "@/services/import";
import { findRoundByCode, listClusters, listRespondentAnswers, surveyTablesFingerprint } from "./queries/surveys";
import { clusters, pktdRecords, respondents } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const SHARED = path.join(__dirname, "../../shared");
const paper = JSON.parse(readFileSync(path.join(SHARED, "data/paper-tables.json"), "utf8")) as {
  tables: { no: number; field: string; rows: { code?: string; codes?: string[]; n: number }[] }[];
};
const admin = { id: null, username: "test", role: "administrator" as const, regions: [] as string[] };
const lamtim = { id: null, username: "lamtim", role: "regency_official" as const, regions: ["18.07"] };

const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const row = (id: string, village = "18.07.01.2004", valueAdded = "gt75") =>
  `${id},${village},LT-TEMPE,female,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,${valueAdded},increased,local,producer_only,yes,yes,government college`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(TARGETS)("survey rounds on $name", ({ setUp }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
  });
  afterAll(async () => t?.dispose());

  const commit = (request: Omit<CommitRequest, "actor"> & { actor?: CommitRequest["actor"] }) =>
    t.handle.db.transaction((tx) => commitImport(tx, { actor: admin, ...request }));

  it("seeds the paper's round: 101 respondents, two clusters, four PKTD records", async () => {
    const db = t.handle.db;
    const round = await findRoundByCode(db, "IR-LAMSEL-2019");
    expect(round).toMatchObject({ name: "IR Lampung Selatan 2019", periodStart: "2019-03-01", periodEnd: "2019-06-30", origin: "reconstruction" });
    const [n] = await db.select({ n: count() }).from(respondents).where(eq(respondents.roundId, round!.id));
    expect(n?.n).toBe(101);
    const cl = await listClusters(db, admin, round!.id);
    expect(cl.map((c) => [c.code, c.villageCode])).toEqual([
      ["CANTI-KERIPIK", "18.01.16.2004"],
      ["WMT-BAKSO", "18.01.16.2016"],
    ]);
    expect(cl.reduce((s, c) => s + c.members, 0)).toBe(101);
    const pktd = await db.select().from(pktdRecords);
    expect(pktd.map((p) => [p.villageCode, p.year, p.origin]).sort()).toEqual([
      ["18.01.16.2004", 2018, "illustration"],
      ["18.01.16.2004", 2019, "illustration"],
      ["18.01.16.2016", 2018, "illustration"],
      ["18.01.16.2016", 2019, "illustration"],
    ]);
  });

  it("every paper table (2, 4-21) recomputed from the seeded respondents equals the published counts", async () => {
    const round = await findRoundByCode(t.handle.db, "IR-LAMSEL-2019");
    const records = (await listRespondentAnswers(t.handle.db, admin, round!.id)).map((r) => r.answers as Record<string, unknown>);
    const withClass = records.map((r) => ({ ...r, ir_class: irClassOf(r, IR_CLASSES_V1) }));
    for (const table of paper.tables.filter((x) => x.no !== 3)) {
      const computed = frequencyTable(withClass, table.field);
      for (const published of table.rows) {
        const code = published.codes ? [...published.codes].sort().join(" ") : published.code!;
        const got = computed.rows.find((r) => r.code === code)?.n ?? 0;
        expect({ table: table.no, code, n: got }).toEqual({ table: table.no, code, n: published.n });
      }
      expect(computed.n).toBe(101);
    }
    // Table 3 from its percentages (its counts sum to 91): 72 / 15 / 14
    const t3 = frequencyTable(records, "cluster_initiator").rows.map((r) => [r.code, r.n]);
    expect(t3).toEqual([
      ["government", 72],
      ["private", 15],
      ["community", 14],
    ]);
  });

  it("a file with rejected rows leaves every table unchanged", async () => {
    const before = await surveyTablesFingerprint(t.handle.db);
    const file = bytes([HEADER, row("LT-1"), row("LT-2", "99.99.99.9999"), row("LT-3", undefined, "75%")].join("\n"));
    await expect(commit({ kind: "respondents", fileName: "bad.csv", bytes: file, mode: "all", round: { code: "IR-LAMSEL-2019" } })).rejects.toBeInstanceOf(
      AppError,
    );
    // a new round in the same file is not left behind either
    const newRound = { code: "LT-2024", name: "Lampung Timur 2024", source: "test", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1" as const };
    await expect(commit({ kind: "respondents", fileName: "bad.csv", bytes: file, mode: "all", round: newRound })).rejects.toBeInstanceOf(AppError);
    expect(await surveyTablesFingerprint(t.handle.db)).toEqual(before);
    expect(await findRoundByCode(t.handle.db, "LT-2024")).toBeNull();
  });

  it("imports the valid rows only when asked, creating the round and its cluster", async () => {
    const file = bytes([HEADER, row("LT-1"), row("LT-2", "99.99.99.9999"), row("LT-3")].join("\n"));
    const newRound = { code: "LT-2024", name: "Lampung Timur 2024", source: "test", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1" as const };
    const result = await commit({ kind: "respondents", fileName: "lt.csv", bytes: file, mode: "valid_only", round: newRound });
    expect(result.analysis.plan).toEqual({ new: 2, changed: 0, unchanged: 0 });
    expect(result.analysis.rejected.map((r) => r.line)).toEqual([3]);
    expect(result.analysis.clustersToCreate).toEqual([{ code: "LT-TEMPE", product: null, villageCode: "18.07.01.2004" }]);
    const round = await findRoundByCode(t.handle.db, "LT-2024");
    expect(await listClusters(t.handle.db, admin, round!.id)).toHaveLength(1);
  });

  it("re-importing the same file changes nothing", async () => {
    const file = bytes([HEADER, row("LT-1"), row("LT-3")].join("\n"));
    const before = await surveyTablesFingerprint(t.handle.db);
    const again = await commit({ kind: "respondents", fileName: "lt.csv", bytes: file, mode: "all", round: { code: "LT-2024" } });
    expect(again.analysis.plan).toEqual({ new: 0, changed: 0, unchanged: 2 });
    const after = await surveyTablesFingerprint(t.handle.db);
    expect({ ...after, imports: 0 }).toEqual({ ...before, imports: 0 });
    // a changed answer is an update, not a new row
    const changed = await commit({ kind: "respondents", fileName: "lt2.csv", bytes: bytes([HEADER, row("LT-1", undefined, "lt25")].join("\n")), mode: "all", round: { code: "LT-2024" } });
    expect(changed.analysis.plan).toEqual({ new: 0, changed: 1, unchanged: 0 });
  });

  it("export → import round-trips the paper's round", async () => {
    const db = t.handle.db;
    const source = await findRoundByCode(db, "IR-LAMSEL-2019");
    const original = (await listRespondentAnswers(db, admin, source!.id)).map((r) => r.answers as RespondentRecord);
    const csv = respondentsToCsv(original);
    const copy = { code: "COPY-2019", name: "Copy", source: "export", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1" as const };
    const result = await commit({ kind: "respondents", fileName: "export.csv", bytes: bytes(csv), mode: "all", round: copy });
    expect(result.analysis.errors).toEqual([]);
    expect(result.analysis.warnings).toEqual([]);
    const roundTrip = (await listRespondentAnswers(db, admin, result.roundId!)).map((r) => r.answers);
    expect(roundTrip).toEqual(original);
  });

  it("imports the KoboToolbox sample unchanged", async () => {
    const file = new Uint8Array(readFileSync(path.join(SHARED, "data/samples/kobo-export-sample.csv")));
    const round = { code: "KOBO-2024", name: "Kunjir 2024", source: "KoboToolbox", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1" as const };
    const result = await commit({ kind: "respondents", fileName: "kobo-export-sample.csv", bytes: file, mode: "all", round });
    expect(result.analysis.warnings).toEqual([]);
    expect(result.analysis.plan.new).toBe(6);
    const rows = await listRespondentAnswers(t.handle.db, admin, result.roundId!);
    expect(rows.every((r) => r.villageCode === "18.01.16.2009")).toBe(true);
    expect(rows.filter((r) => r.clusterCode === "KJ-KERIPIK")).toHaveLength(4);
    const [kc] = await t.handle.db.select().from(clusters).where(eq(clusters.code, "KJ-KERIPIK"));
    expect(kc?.villageCode).toBe("18.01.16.2009");
  });

  it("an official's PKTD file may only touch villages of her regency", async () => {
    const pktd = [
      "village_code,year,dana_desa_total,pktd_budget,physical_work_value,wages_paid,workers_total,workers_women,payment_frequency,contracted_out,heavy_equipment,during_harvest",
      "18.07.01.2004,2024,1.000.000.000,300.000.000,200.000.000,80.000.000,40,12,weekly,no,no,no",
      "18.01.16.2004,2024,1000000000,300000000,200000000,80000000,40,12,weekly,no,no,no",
    ].join("\n");
    const a = await analyseImport(t.handle.db, lamtim, { kind: "pktd", fileName: "pktd.csv", bytes: bytes(pktd), roundCode: null });
    expect(a.validRows).toBe(1);
    expect(a.rejected.map((r) => [r.line, r.errors[0]?.column])).toEqual([[3, "village_code"]]);
    const before = await surveyTablesFingerprint(t.handle.db);
    await expect(commit({ kind: "pktd", fileName: "pktd.csv", bytes: bytes(pktd), mode: "all", round: null, actor: lamtim })).rejects.toBeInstanceOf(AppError);
    expect(await surveyTablesFingerprint(t.handle.db)).toEqual(before);
  });
});
