import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupDatabase } from "../setup";
import { fingerprint } from "../test/fingerprint";
import { freshPostgres, type TestDb } from "../test/targets";
import { startCli, waitFor } from "./helpers";

/** Processes whose parent is `pid` (ps, as the operator would look). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Issue 14 item 3, the brief render: `cli brief --format pdf` is killed (SIGKILL) while Chromium
 * prints the PDF. Afterwards no Chromium is left running, no half-written PDF carries the name
 * asked for, the database is unchanged, and the retry writes a whole PDF.
 */
describe("a brief render killed mid-way", () => {
  let db: TestDb;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "portal-brief-fault-"));
  const out = path.join(tmp, "ringkasan.pdf");

  beforeAll(async () => {
    db = await freshPostgres();
    await setupDatabase(db.handle, { demoAccounts: false });
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  const render = () =>
    startCli(["brief", "--unit", "cluster:CANTI-KERIPIK", "--round", "IR-LAMSEL-2019", "--lang", "id", "--format", "pdf", "--out", out], { DATABASE_URL: db.databaseUrl! });

  it("leaves no Chromium, no PDF under the asked name and no change in the database; the retry writes the PDF", async () => {
    const before = await fingerprint(db.handle, { referenceKeys: false });
    const run = render();
    let browsers: number[] = [];
    // Chromium is the CLI's child while it prints: kill the CLI then
    await waitFor("Chromium to start printing", async () => (browsers = childrenOf(run.child.pid!)).length > 0, 120, 10);
    run.child.kill("SIGKILL");
    const killedAt = Date.now();
    expect((await run.done).signal).toBe("SIGKILL");
    // its pipe to the killed process closed, the browser ends itself (with its own children)
    await waitFor("the orphaned Chromium to exit", async () => browsers.every((pid) => !alive(pid)), 30, 50);
    console.log(`brief render killed while printing: its ${browsers.length} browser process(es) exited ${Date.now() - killedAt} ms later`);
    expect(existsSync(out)).toBe(false);
    expect(await fingerprint(db.handle, { referenceKeys: false })).toEqual(before);

    const retry = await render().done;
    expect(retry.code, retry.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    // the killed run was stopped before it wrote anything; the retry renamed its file into place
    expect(readdirSync(tmp)).toEqual(["ringkasan.pdf"]);
  }, 240_000);
});
