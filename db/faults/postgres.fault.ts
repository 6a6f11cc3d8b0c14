import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rescoreRounds } from "@/services/rescore";
import { setupDatabase } from "../setup";
import { fingerprint, rowsOf } from "../test/fingerprint";
import { TEST_SERVER_URL, freshPostgres, type TestDb } from "../test/targets";
import { startCli, waitFor, writeRespondentsFile } from "./helpers";

/**
 * Issue 14 item 3 on the real Postgres: the command-line import is killed (SIGKILL) in the
 * middle of writing 50,000 respondents, its backend is terminated in the middle of the
 * rescore, and two imports into one round race. Afterwards no partial rows, no half-updated
 * score snapshots (a fresh rescore changes nothing), and a retry succeeds.
 */
const ROWS = 50_000;
const ROUND = "FAULT-50K";

describe("faults on Postgres", () => {
  let db: TestDb & { url: string };
  let watcher: postgres.Sql;
  let dbName: string;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "portal-faults-"));
  const big = path.join(tmp, "respondents-50k.csv");
  const bigChanged = path.join(tmp, "respondents-50k-changed.csv");
  let villages: string[];

  beforeAll(async () => {
    const fresh = await freshPostgres();
    db = { ...fresh, url: fresh.databaseUrl! };
    dbName = new URL(db.url).pathname.slice(1);
    watcher = postgres(TEST_SERVER_URL, { max: 1, onnotice: () => {} });
    await setupDatabase(db.handle, { demoAccounts: false });
    villages = (await rowsOf<{ code: string }>(db.handle.db, sql.raw("select code from regions where level = 'village' and code like '18.01.%' order by code limit 40"))).map((r) => r.code);
    writeRespondentsFile(big, ROWS, villages, 0);
    writeRespondentsFile(bigChanged, ROWS, villages, 1);
  }, 180_000);
  afterAll(async () => {
    await watcher?.end();
    await db?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** backends of the fault database inside a transaction whose last statement matches */
  const busy = async (pattern: string) =>
    (await watcher`select pid from pg_stat_activity where datname = ${dbName} and xact_start is not null and query ilike ${pattern}`).map((r) => r.pid as number);
  const noOpenTransactions = () => waitFor("the killed transaction to end", async () => (await busy("%")).length === 0, 30);
  const count = async (query: string) => (await rowsOf<{ n: number }>(db.handle.db, sql.raw(query)))[0]!.n;
  const respondentsOf = (code: string) => count(`select count(*)::int as n from respondents r join survey_rounds s on s.id = r.round_id where s.code = '${code}'`);
  /** the stored summaries agree with the data: rescoring now would change nothing */
  async function summariesAgree(code: string) {
    const [round] = await rowsOf<{ id: number }>(db.handle.db, sql.raw(`select id from survey_rounds where code = '${code}'`));
    const results = await db.handle.db.transaction((tx) => rescoreRounds(tx, [round!.id]));
    return results.every((r) => r.changed === 0 && r.removed === 0) && results.length > 0;
  }
  /**
   * Every table but the staging area: the CLI stages a file's rows with COPY before its
   * transaction, as an upload does, and a killed process's batch waits there, in no round,
   * until the sweep of stale batches (a day).
   */
  const data = async () => {
    const { import_staging: _staged, ...tables } = await fingerprint(db.handle, { referenceKeys: false });
    return tables;
  };
  const cli = (file: string, round = ROUND) => startCli(["import", "respondents", file, "--round", round, "--round-name", "Uji gangguan"], { DATABASE_URL: db.url });

  it("a CLI import killed with SIGKILL while writing 50,000 respondents leaves nothing; the retry imports them all", async () => {
    const before = await data();
    const run = cli(big);
    await waitFor("the import to write respondents", async () => (await busy("%insert into respondents%")).length > 0, 90);
    await new Promise((r) => setTimeout(r, 500)); // a few batches in
    run.child.kill("SIGKILL");
    expect((await run.done).signal).toBe("SIGKILL");
    await noOpenTransactions();
    expect(await data()).toEqual(before);
    expect(await count(`select count(*)::int as n from survey_rounds where code = '${ROUND}'`)).toBe(0);

    const retry = await cli(big).done;
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toContain(`${ROWS} new`);
    expect(await respondentsOf(ROUND)).toBe(ROWS);
    expect(await count(`select count(*)::int as n from imports i join survey_rounds s on s.id = i.round_id where s.code = '${ROUND}'`)).toBe(1);
    expect(await count(`select count(*)::int as n from score_snapshots x join survey_rounds s on s.id = x.round_id where s.code = '${ROUND}'`)).toBeGreaterThan(villages.length);
    expect(await summariesAgree(ROUND)).toBe(true);
  }, 240_000);

  it("a re-import whose backend is terminated in the middle of the rescore changes neither answers nor scores; the retry does", async () => {
    const before = await data();
    const run = cli(bigChanged);
    // after reading a regency's respondents, the rescore scores their 50,000 answers before writing:
    // cut it there, in one statement, so the transaction cannot reach its commit between looking and
    // terminating (the read of the stored snapshots comes just before the commit now, too late a mark)
    await waitFor("the rescore", async () => {
      const hit = await watcher`select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = ${dbName} and xact_start is not null and state = 'idle in transaction'
          and query ilike 'select%from "respondents" where%"village_code" like%order by%'`;
      return hit.some((r) => r.ok);
    }, 120, 10);
    const killed = await run.done;
    expect(killed.code, `${killed.stdout}\n${killed.stderr}`).not.toBe(0);
    await noOpenTransactions();
    expect(await data()).toEqual(before);

    const retry = await cli(bigChanged).done;
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toContain(`${ROWS} changed`);
    expect(await respondentsOf(ROUND)).toBe(ROWS);
    expect(await summariesAgree(ROUND)).toBe(true);
  }, 240_000);

  it("two imports into the same new round run one after the other: both land whole, the scores count both", async () => {
    const a = path.join(tmp, "a.csv");
    const b = path.join(tmp, "b.csv");
    writeRespondentsFile(a, 10_000, villages, 0, "A");
    writeRespondentsFile(b, 10_000, villages, 2, "B");
    const first = cli(a, "FAULT-RACE");
    const second = cli(b, "FAULT-RACE");
    let sawWaiting = false;
    const watch = (async () => {
      while (!sawWaiting) {
        const waiting = await watcher`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid where a.datname = ${dbName} and l.locktype = 'advisory' and not l.granted`;
        if (waiting[0]!.n > 0) sawWaiting = true;
        else await new Promise((r) => setTimeout(r, 20));
        if (first.child.exitCode !== null && second.child.exitCode !== null) break;
      }
    })();
    const [ra, rb] = await Promise.all([first.done, second.done]);
    await watch;
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(sawWaiting).toBe(true);
    expect(await respondentsOf("FAULT-RACE")).toBe(20_000);
    // each import's rows carry its own id: no respondent of one file was written by the other import
    const perImport = await rowsOf<{ prefix: string; imports: number }>(
      db.handle.db,
      sql.raw(`select split_part(r.respondent_id, '-', 1) as prefix, count(distinct r.import_id)::int as imports from respondents r join survey_rounds s on s.id = r.round_id where s.code = 'FAULT-RACE' group by 1 order by 1`),
    );
    expect(perImport).toEqual([{ prefix: "A", imports: 1 }, { prefix: "B", imports: 1 }]);
    expect(await summariesAgree("FAULT-RACE")).toBe(true);
  }, 240_000);
});
