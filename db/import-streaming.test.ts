import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { BUDGET } from "@/lib/import/budgets";
import { parseFile } from "@/lib/import/parse-file";
import { parseInWorker } from "@/lib/import/parse-in-worker";
import { stagingText } from "@/lib/import/staging-text";
import { RESPONDENT_ROW } from "@/lib/import/fixture-rows";
import { parseAndStageUpload } from "@/services/import";
import { migrateDb } from "./migrate";
import * as staging from "./queries/import-staging";
import { allVillageCodes } from "./queries/surveys";
import { loadAdminUnits } from "./seed/reference";
import { rowsOf } from "./test/fingerprint";
import { TARGETS, type TestDb } from "./test/targets";

// the service's COPYs, counted: a file found wrong late must have had rows staged before
vi.mock("./queries/import-staging", async (original) => {
  const real = await original<typeof import("./queries/import-staging")>();
  return { ...real, stageRespondents: vi.fn(real.stageRespondents) };
});

const VILLAGES = ["18.01.16.2004", "18.01.16.2009", "18.01.16.2016"];

/** `n` respondent rows, more than one 5,000-row staging chunk; cells with quotes, backslashes, tabs and line breaks */
function respondents(n: number): string {
  const header = Object.keys(RESPONDENT_ROW);
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header.join(",")];
  for (let i = 0; i < n; i++) {
    const row: Record<string, string> = {
      ...RESPONDENT_ROW,
      respondent_id: `S-${i}`,
      village_code: VILLAGES[i % 3]!,
      cluster_code: i % 5 === 0 ? "" : `CL-${i % 4}`,
      product: ['kue "lapis"', "keripik\\pisang", "tab\there", "dua\r\nbaris", "ñ émping 漢字", "plain"][i % 6]!,
      age: i % 997 === 3 ? "umur" : String(20 + (i % 50)),
    };
    lines.push(header.map((h) => quote(row[h] ?? "")).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe.each(TARGETS)("streamed upload staging on $name", ({ create }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await create();
    await migrateDb(t.handle.db, t.handle.kind);
    await loadAdminUnits(t.handle.db);
  }, 180_000);
  afterAll(async () => t?.dispose());
  beforeEach(() => {
    vi.mocked(staging.stageRespondents).mockClear();
  });

  const stagedRows = (batch: string) =>
    rowsOf<Record<string, unknown>>(
      t.handle.db,
      sql.raw(`select line, respondent_id, village_code, cluster_code, answers::text as answers, row_hash from import_staging where batch = '${batch}' order by line`),
    );
  const stagedCount = async () => (await rowsOf<{ n: number }>(t.handle.db, sql.raw("select count(*)::int as n from import_staging")))[0]!.n;

  it("stages, chunk by chunk, exactly the rows today's stagingText loads for the same file", async () => {
    const bytes = bytesOf(respondents(12_000));
    const parsed = await parseAndStageUpload(t.handle.db, "respondents", "s.csv", bytes.slice());
    expect(parsed.fileError).toBeUndefined();
    expect(vi.mocked(staging.stageRespondents).mock.calls.length).toBeGreaterThanOrEqual(3);

    const whole = await parseFile("respondents", "s.csv", bytes, await allVillageCodes(t.handle.db));
    expect(whole.rows.length).toBeGreaterThan(11_900);
    const before = randomUUID();
    await staging.stageRespondents(t.handle.db, stagingText(before, whole.rows));
    expect(await stagedRows(parsed.staged!)).toEqual(await stagedRows(before));
    expect(parsed.rows).toEqual(whole.rows.map((r) => ({ line: r.line, hash: r.hash, record: { respondent_id: r.record.respondent_id, village_code: r.record.village_code, cluster_code: r.record.cluster_code, product: r.record.product } })));
    await staging.deleteStaged(t.handle.db, before);
    await staging.deleteStaged(t.handle.db, parsed.staged!);
  }, 120_000);

  it("leaves nothing in import_staging when the file goes over budget after rows were staged", async () => {
    const bytes = bytesOf(`${respondents(12_000)}${"x,".repeat(400)}x\r\n`);
    const parsed = await parseAndStageUpload(t.handle.db, "respondents", "over.csv", bytes);
    // two 5,000-row chunks were loaded before the line after the 12,000 rows (every 6th takes two lines)
    expect(vi.mocked(staging.stageRespondents).mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(parsed.fileError).toMatchObject({ line: 14_002 });
    expect(parsed.fileError?.text.en).toContain("more than 300 columns");
    expect(parsed.staged).toBeUndefined();
    expect(parsed.rows).toEqual([]);
    expect(await stagedCount()).toBe(0);
  }, 120_000);

  it("answers a file error only once the chunk being loaded is in, and loads none of the chunks still waiting", async () => {
    const batch = randomUUID();
    let started = 0;
    let loading = 0;
    // two 5,000-row chunks, then a line over budget
    const bytes = bytesOf(`${respondents(10_500)}${"x,".repeat(400)}x\r\n`);
    const parsed = await parseInWorker("respondents", "late.csv", bytes, new Set(VILLAGES), {
      stage: {
        batch,
        load: async (copy) => {
          started++;
          loading++;
          await new Promise((r) => setTimeout(r, 1500));
          await staging.stageRespondents(t.handle.db, [copy]);
          loading--;
        },
      },
    });
    expect(parsed.fileError?.text.en).toContain("more than 300 columns");
    expect([started, loading]).toEqual([1, 0]);
    expect(await stagedCount()).toBe(5_000);
    await staging.deleteStaged(t.handle.db, batch);
    expect(await stagedCount()).toBe(0);
  }, 120_000);

  it("leaves nothing in import_staging when the parse runs out of time", async () => {
    const parsed = await parseAndStageUpload(t.handle.db, "respondents", "slow.csv", bytesOf(respondents(40_000)), { ...BUDGET, maxSeconds: 2 });
    expect(parsed.fileError?.text.en).toContain("could not be read within 2 seconds");
    expect(parsed.staged).toBeUndefined();
    expect(await stagedCount()).toBe(0);
  }, 120_000);
});
