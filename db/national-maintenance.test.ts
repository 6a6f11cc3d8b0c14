// Issue 13, tests: incremental maintenance equals a full recompute after a sequence of imports,
// re-imports, PKTD edits and rubric changes (every derived row compared); the streamed import
// gives exactly the rows and scores of the in-transaction import; a merge that fails half-way
// leaves nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import type { AuditEntry } from "@/lib/actions";
import { respondentsToCsv } from "@/lib/import/export-csv";
import type { RespondentRecord } from "@/lib/instrument/fields";
import { paperRespondentRows } from "@/lib/paper-seed";
import { RUBRIC_V1, rubricWith } from "@/lib/scoring/rubric";
import { planVillages, synthVillage } from "@/lib/synth";
import { commitImport, parseAndStageUpload, previewImport } from "@/services/import";
import { savePktdRecord } from "@/services/policy-support";
import { rescoreRound } from "@/services/rescore";
import { insertAudit } from "./queries/audit";
import { getRubricVersion, insertRubricVersion, updateRubricDefinition } from "./queries/scores";
import { listVillageCodes } from "./queries/synth";
import { findRoundByCode } from "./queries/surveys";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "maint-test", role: "administrator" as const, regions: [] as string[] };
const V2 = "rubrik-uji-13";
const DERIVED = ["score_snapshots", "level_summaries", "answer_counts", "quality_summaries", "quality_counts", "quality_issues"] as const;
const newRound = (code: string) => ({ code, name: `Round ${code}`, source: "integration test", licence: "test", rubricVersion: RUBRIC_V1.version, periodEnd: "2025-06-30" });
const rowsOf = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as T[];

/** Synthetic respondents of these villages, with short ids and cluster codes the importer accepts. */
function synthRecords(villages: string[], respondents: number, seed: number, idPrefix: string): RespondentRecord[] {
  const out: RespondentRecord[] = [];
  let i = 0;
  for (const plan of planVillages(villages, respondents, seed)) {
    for (const r of synthVillage(seed, plan, 2025).respondents) {
      const cluster = r.cluster_code?.replace(/^SYN-.*-(\d+)$/, (_, k) => `K${plan.villageCode.replace(/\./g, "")}${k}`) ?? null;
      out.push({ ...r, respondent_id: `${idPrefix}${i++}`, cluster_code: cluster });
    }
  }
  return out;
}
const csv = (records: RespondentRecord[]) => new TextEncoder().encode(respondentsToCsv(records));

describe.each(TARGETS)("national-scale maintenance on $name", ({ setUp }) => {
  let t: TestDb;
  let villages: string[];
  let dir: string;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    const all = await listVillageCodes(t.handle.db);
    // villages of Lampung Selatan and Lampung Timur, and a few of other provinces
    villages = [...all.filter((c) => c.startsWith("18.01.")).slice(0, 12), ...all.filter((c) => c.startsWith("18.07.")).slice(0, 8), ...all.filter((c) => c.startsWith("11.")).slice(0, 5), ...all.filter((c) => c.startsWith("73.")).slice(0, 5)];
    dir = mkdtempSync(path.join(os.tmpdir(), "portal-maint-"));
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.dispose();
  });

  /** The streamed upload's way: the file on disk, parsed and staged by the worker, then merged. */
  async function importStreamed(code: string, name: string, bytes: Uint8Array, round: { code: string } | ReturnType<typeof newRound> = { code }) {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const parsed = await parseAndStageUpload(t.handle.db, "respondents", name, { path: file, size: bytes.length });
    expect(parsed.errors).toEqual([]);
    const preview = await previewImport(t.handle.db, admin, { kind: "respondents", fileName: name, fileSha256: name, parsed, roundCode: code });
    return t.handle.db.transaction((tx) =>
      commitImport(tx, { kind: "respondents", fileName: name, parsed: { file: parsed, sha256: name }, staged: parsed.staged, mode: "all", round, actor: admin, previewToken: preview.token }),
    );
  }
  /** The in-transaction way (seed, tests): the bytes parsed inside the commit. */
  const importBytes = (name: string, bytes: Uint8Array, round: { code: string } | ReturnType<typeof newRound>) =>
    t.handle.db.transaction((tx) => commitImport(tx, { kind: "respondents", fileName: name, bytes, mode: "all", round, actor: admin }));

  /** Every derived row of a round (volatile ids and times left out), sorted, one JSON string each. */
  async function derived(roundId: number) {
    const out: Record<string, string[]> = {};
    for (const table of DERIVED) {
      const r = await t.handle.db.execute(sql.raw(`select to_jsonb(d) - 'id' - 'computed_at' as row from ${table} d where round_id = ${roundId}`));
      out[table] = rowsOf<{ row: unknown }>(r).map((x) => JSON.stringify(x.row)).sort();
    }
    return out;
  }
  /** Forgets every derived row of the round and recomputes each rubric version scored, from nothing. */
  async function expectEqualToFullRecompute(roundId: number) {
    const incremental = await derived(roundId);
    expect(incremental.score_snapshots!.length).toBeGreaterThan(0);
    const versions = rowsOf<{ v: string }>(await t.handle.db.execute(sql`select distinct rubric_version as v from score_snapshots where round_id = ${roundId} order by 1`)).map((r) => r.v);
    await t.handle.db.transaction(async (tx) => {
      for (const table of DERIVED) await tx.execute(sql.raw(`delete from ${table} where round_id = ${roundId}`));
      await rescoreRound(tx, roundId); // the round's own rubric first: it keeps the quality figures
      for (const v of versions.filter((v) => v !== RUBRIC_V1.version)) await rescoreRound(tx, roundId, v);
    });
    const full = await derived(roundId);
    for (const table of DERIVED) expect({ table, rows: incremental[table] }).toEqual({ table, rows: full[table] });
    return incremental;
  }

  it("keeps every snapshot, summary, answer count and quality figure equal to a full recompute through imports, re-imports, PKTD edits and rubric changes", async () => {
    const db = t.handle.db;
    const first = synthRecords(villages.slice(0, 24), 1_200, 5, "A");
    await importStreamed("SEQ", "a.csv", csv(first), newRound("SEQ"));
    const roundId = (await findRoundByCode(db, "SEQ"))!.id;
    const afterFirst = await expectEqualToFullRecompute(roundId);

    // a re-import: a third of the rows changed, new rows in villages not seen before
    const changed = first.map((r, i) => (i % 3 === 0 ? { ...r, ir_capital: ((Number(r.ir_capital ?? 0) + 1) % 4) as RespondentRecord["ir_capital"], value_added: "gt75" as const } : r));
    const again = [...changed, ...synthRecords(villages.slice(24), 300, 6, "B")];
    const second = await importStreamed("SEQ", "b.csv", csv(again));
    expect(second.analysis.plan).toMatchObject({ new: 300, unchanged: first.length - Math.ceil(first.length / 3) });
    const afterSecond = await expectEqualToFullRecompute(roundId);
    expect(afterSecond.level_summaries).not.toEqual(afterFirst.level_summaries);
    // the same file once more: nothing new, nothing changed, the same derived rows
    const third = await importStreamed("SEQ", "b-again.csv", csv(again));
    expect(third.analysis.plan).toEqual({ new: 0, changed: 0, unchanged: again.length });
    expect(await derived(roundId)).toEqual(afterSecond);

    // a PKTD record entered for a surveyed village, then corrected
    const village = villages[0]!;
    const record = {
      village_code: village, year: 2025, dana_desa_total: 1_000_000_000, pktd_budget: 300_000_000, physical_work_value: 250_000_000,
      wages_paid: 90_000_000, hok_total: 1000, hok_women: 400, workers_total: 50, workers_women: 20, payment_frequency: "weekly",
      contracted_out: "no", heavy_equipment: "no", during_harvest: "no", local_material_share: 80, activity_count: 2, hi_beneficiaries: 3, hi_assets: null,
    } as const;
    const pktd = (data: typeof record | (Omit<typeof record, "hi_beneficiaries" | "wages_paid"> & { hi_beneficiaries: number; wages_paid: number }), expectedVersion: number) =>
      db.transaction((tx) =>
        savePktdRecord(
          { tx, actor: admin, audit: async (e: AuditEntry) => insertAudit(tx, { ...e, actorId: null, actorUsername: admin.username, ip: "test" }) },
          { record: data as never, expectedVersion },
        ),
      );
    await pktd(record, 0);
    const afterPktd = await expectEqualToFullRecompute(roundId);
    expect(afterPktd.score_snapshots).not.toEqual(afterSecond.score_snapshots);
    await pktd({ ...record, wages_paid: 20_000_000, hi_beneficiaries: 0 }, 1);
    await expectEqualToFullRecompute(roundId);

    // a second rubric version: scored for the round, then its weights and cut-offs revised and rescored
    await db.transaction(async (tx) => {
      await insertRubricVersion(tx, { version: V2, label: "uji", basedOn: RUBRIC_V1.version, definition: { ...structuredClone(RUBRIC_V1), version: V2 }, locked: false });
      await rescoreRound(tx, roundId, V2);
    });
    await expectEqualToFullRecompute(roundId);
    const v2 = (await getRubricVersion(db, V2))!.definition;
    await db.transaction(async (tx) => {
      await updateRubricDefinition(tx, V2, rubricWith(v2, { weights: { institution: 0.4, activity: 0.2, performance: 0.2, connectivity: 0.2 }, cutoffs: { rintisan: 1.8, matang: 2.6 }, levels: {} }));
      await rescoreRound(tx, roundId, V2);
    });
    const afterRubric = await expectEqualToFullRecompute(roundId);
    expect(afterRubric.score_snapshots!.filter((s) => s.includes(V2))).not.toEqual(afterRubric.score_snapshots!.filter((s) => s.includes(RUBRIC_V1.version)).map((s) => s.replaceAll(RUBRIC_V1.version, V2)));

    // an import after the rubric change rescores both versions, incrementally
    await importStreamed("SEQ", "c.csv", csv([...again.slice(0, 100).map((r) => ({ ...r, value_added: "lt25" as const })), ...synthRecords(villages.slice(20, 22), 60, 7, "C")]));
    const last = await expectEqualToFullRecompute(roundId);
    expect(last.score_snapshots!.some((s) => s.includes(V2))).toBe(true);
  }, 600_000);

  it("the streamed import gives exactly the rows and scores of the in-transaction import, on the paper's file and on 10,000 synthetic rows", async () => {
    const db = t.handle.db;
    const paperRows = paperRespondentRows();
    const columns = Object.keys(paperRows[0]!);
    const paper = new TextEncoder().encode(stringify([columns, ...paperRows.map((r) => columns.map((c) => r[c] ?? ""))]));
    const synthetic = csv(synthRecords(villages, 10_000, 9, "S"));
    const respondentsOf = async (code: string) => {
      const id = (await findRoundByCode(db, code))!.id;
      const r = await db.execute(sql`select respondent_id, village_code, cluster_code, answers, row_hash from respondents where round_id = ${id} order by respondent_id`);
      return rowsOf<Record<string, unknown>>(r);
    };
    const scoresOf = async (code: string) => {
      const id = (await findRoundByCode(db, code))!.id;
      const r = await db.execute(sql`select to_jsonb(s) - 'id' - 'computed_at' - 'round_id' as row from score_snapshots s where round_id = ${id}`);
      return rowsOf<{ row: unknown }>(r).map((x) => JSON.stringify(x.row)).sort();
    };
    for (const [label, bytes, n] of [["paper", paper, 101], ["synthetic", synthetic, 10_000]] as const) {
      await importBytes(`${label}.csv`, bytes, newRound(`${label}-BYTES`.toUpperCase()));
      await importStreamed(`${label}-STREAMED`.toUpperCase(), `${label}.csv`, bytes, newRound(`${label}-STREAMED`.toUpperCase()));
      const a = await respondentsOf(`${label}-BYTES`.toUpperCase());
      expect(a).toHaveLength(n);
      expect(await respondentsOf(`${label}-STREAMED`.toUpperCase())).toEqual(a);
      const s = await scoresOf(`${label}-BYTES`.toUpperCase());
      expect(s.length).toBeGreaterThan(3);
      expect(await scoresOf(`${label}-STREAMED`.toUpperCase())).toEqual(s);
    }
    // a file of 10,000 rows refreshed the planner's statistics in its transaction (statistics.ts)
    const [stats] = rowsOf<{ n: number }>(await db.execute(sql`select reltuples::int as n from pg_class where relname = 'respondents'`));
    expect(stats!.n).toBeGreaterThanOrEqual(20_000);
  }, 600_000);

  it("a merge that fails half-way through its rows leaves no round, no rows, no history and nothing staged", async () => {
    const db = t.handle.db;
    const fingerprint = async () =>
      rowsOf<Record<string, number>>(
        await db.execute(
          sql`select (select count(*)::int from survey_rounds) as rounds, (select count(*)::int from respondents) as respondents, (select count(*)::int from clusters) as clusters, (select count(*)::int from imports) as imports, (select count(*)::int from score_snapshots) as snapshots, (select count(*)::int from level_summaries) as summaries, (select count(*)::int from audit_log) as audit, (select count(*)::int from import_staging) as staged`,
        ),
      )[0];
    const records = synthRecords(villages.slice(0, 10), 2_000, 12, "F");
    const poison = records[1_000]!.respondent_id;
    await db.execute(
      sql.raw(`create or replace function fail_half_way() returns trigger language plpgsql as $$ begin if new.respondent_id = '${poison}' then raise exception 'disk full half-way through the merge'; end if; return new; end $$`),
    );
    await db.execute(sql.raw(`create trigger fail_half_way before insert on respondents for each row execute function fail_half_way()`));
    try {
      const before = await fingerprint();
      await expect(importStreamed("HALF", "half.csv", csv(records), newRound("HALF"))).rejects.toThrow();
      // the staged batch is the upload's to delete once the commit gave up (the portal and the CLI do)
      await db.execute(sql`delete from import_staging`);
      expect({ ...(await fingerprint()), staged: 0 }).toEqual({ ...before, staged: 0 });
      expect(await findRoundByCode(db, "HALF")).toBeNull();
    } finally {
      await db.execute(sql.raw(`drop trigger fail_half_way on respondents`));
      await db.execute(sql.raw(`drop function fail_half_way`));
    }
  }, 300_000);
});
