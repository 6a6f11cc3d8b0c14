import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPath, openDb } from "../client";
import { setupDatabase } from "../setup";
import { rowsOf } from "../test/fingerprint";
import { sleep, startCli, waitFor, writeRespondentsFile } from "./helpers";

/**
 * Issue 14 item 3 with the embedded database: a process killed while importing leaves a
 * folder that opens again with the import either whole or absent, and a second process on a
 * folder in use gets a sentence naming the holder instead of a corrupted database.
 */
// large enough that the import is still running seconds after it opens the database, also on
// an idle machine (20,000 rows finished within 6 s there)
const ROWS = 60_000;

describe("faults on PGlite", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "portal-faults-pglite-"));
  const dir = path.join(tmp, "db");
  const file = path.join(tmp, "respondents.csv");

  beforeAll(async () => {
    const handle = await openDb({ pgliteDir: dir });
    await setupDatabase(handle, { demoAccounts: false });
    const villages = (await rowsOf<{ code: string }>(handle.db, sql.raw("select code from regions where level = 'village' and code like '18.01.%' order by code limit 20"))).map((r) => r.code);
    await handle.close();
    writeRespondentsFile(file, ROWS, villages);
  }, 180_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const respondents = async (handle: Awaited<ReturnType<typeof openDb>>) =>
    (await rowsOf<{ n: number }>(handle.db, sql.raw("select count(*)::int as n from respondents r join survey_rounds s on s.id = r.round_id where s.code = 'PGLITE-KILL'")))[0]!.n;
  // DATABASE_URL empty: the embedded database, also when the suite runs with a Postgres URL set
  const importInto = () => startCli(["import", "respondents", file, "--round", "PGLITE-KILL"], { PGLITE_DIR: dir, DATABASE_URL: "" });

  it("a CLI import killed with SIGKILL leaves a database that opens again, without a partial import; the retry imports it", async () => {
    const run = importInto();
    // the child holds the folder's lock once it has opened the database; give it time to be writing
    await waitFor("the import to open the database", async () => existsSync(lockPath(dir)), 60, 50);
    await sleep(3_000);
    run.child.kill("SIGKILL");
    const killed = await run.done;
    expect(killed.signal, killed.stdout).toBe("SIGKILL");
    expect(existsSync(lockPath(dir))).toBe(true); // stale: its process is gone

    const reopened = await openDb({ pgliteDir: dir });
    try {
      expect([0, ROWS]).toContain(await respondents(reopened));
      const [check] = await rowsOf<{ n: number }>(reopened.db, sql.raw("select count(*)::int as n from regions"));
      expect(check!.n).toBeGreaterThan(90_000);
    } finally {
      await reopened.close();
    }
    const retry = await importInto().done;
    expect(retry.code, retry.stderr).toBe(0);
    const after = await openDb({ pgliteDir: dir });
    try {
      expect(await respondents(after)).toBe(ROWS);
    } finally {
      await after.close();
    }
  }, 240_000);

  it("a second process on a folder in use is refused with a sentence naming the holder, and changes nothing", async () => {
    const holder = await openDb({ pgliteDir: dir });
    try {
      const second = await startCli(["scores", "--round", "PGLITE-KILL", "--unit", "regency", "--json"], { PGLITE_DIR: dir, DATABASE_URL: "" }).done;
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by process ${process.pid}`);
      expect(second.stderr).toContain("set DATABASE_URL");
      expect(await respondents(holder)).toBe(ROWS);
    } finally {
      await holder.close();
    }
    expect(existsSync(lockPath(dir))).toBe(false);
  }, 120_000);
});
