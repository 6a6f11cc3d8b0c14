import { getEnv } from "@/lib/env";
import { openDb } from "./client";
import { migrateDb } from "./migrate";
import { seedDemoAccounts } from "./seed/demo-accounts";
import { seedPaperRound } from "./seed/paper-round";
import { seedRubricV1 } from "./seed/rubric";
import { listAllRounds } from "./queries/surveys";
import { rescoreRounds, type RescoreResult } from "@/services/rescore";
import { rescoreSummary } from "@/lib/surveys/rescore-summary";
import { loadAdminUnits, loadBoundaries, type LoadResult } from "./seed/reference";

export type SetupReport = {
  database: "postgres" | "pglite";
  migrateMs: number;
  loads: LoadResult[];
  paperSeed: string[];
  scoresChanged: number;
  rescored: RescoreResult[];
  demoAccountsCreated: number;
};

/** Migrations + reference data + demo accounts; safe to run any number of times. */
export async function setupDatabase(
  handle: Awaited<ReturnType<typeof openDb>>,
  options: { demoAccounts: boolean },
): Promise<SetupReport> {
  const t0 = performance.now();
  await migrateDb(handle.db, handle.kind);
  const migrateMs = performance.now() - t0;
  const loads = [await loadAdminUnits(handle.db), ...(await loadBoundaries(handle.db))];
  await seedRubricV1(handle.db);
  const paperSeed = (await seedPaperRound(handle.db)).imported;
  // scores of every round exist and match their inputs (a no-op when nothing changed)
  const rounds = await listAllRounds(handle.db);
  const rescored = await handle.db.transaction((tx) => rescoreRounds(tx, rounds.map((r) => r.id)));
  const demoAccountsCreated = options.demoAccounts ? await seedDemoAccounts(handle.db) : 0;
  const scoresChanged = rescored.reduce((sum, r) => sum + r.changed, 0);
  return { database: handle.kind, migrateMs, loads, paperSeed, scoresChanged, rescored, demoAccountsCreated };
}

async function main() {
  const env = getEnv();
  const handle = await openDb();
  try {
    const report = await setupDatabase(handle, { demoAccounts: env.demoAccounts });
    const where = handle.kind === "pglite" ? `PGlite in ${env.pgliteDir}` : "Postgres at DATABASE_URL";
    console.log(`db:setup on ${where}: migrations ${Math.round(report.migrateMs)} ms`);
    for (const l of report.loads) {
      console.log(`  ${l.dataset}: ${l.skipped ? "unchanged, skipped" : `${l.rows} rows`} in ${Math.round(l.ms)} ms`);
    }
    console.log(`  paper round IR-LAMSEL-2019: ${report.paperSeed.length ? `imported ${report.paperSeed.join(", ")}` : "unchanged, skipped"}`);
    console.log(`  ${rescoreSummary(report.rescored)}`);
    console.log(`  demo accounts created: ${report.demoAccountsCreated}${env.demoAccounts ? "" : " (DEMO_ACCOUNTS off)"}`);
  } finally {
    await handle.close();
  }
}

if (process.argv[1]?.endsWith("setup.ts")) {
  main().catch((e) => {
    // drizzle's message repeats every parameter (megabytes here); the cause says what failed
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    console.error("db:setup failed:", cause instanceof Error ? cause.message : cause);
    process.exit(1);
  });
}
