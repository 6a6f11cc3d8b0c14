// Benchmark (not a test): N synthetic respondents imported the way the portal does it — the
// upload parsed from a file in the worker, kept with the pending upload, previewed, staged and
// committed — into a fresh PGlite and a fresh Postgres database, each in its own process. Prints
// rows/s per step and end to end, the process's peak memory, and how long a page's query waited
// meanwhile (the rounds listing of /data, asked every 100 ms).
//   npm run bench:import [-- --rows 100000] [-- --database pglite|postgres] [-- --server postgres://…/postgres]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openDb, type Handle } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { seedRubricV1 } from "@/db/seed/rubric";
import { loadAdminUnits } from "@/db/seed/reference";
import { allVillageCodes, deletePending, getPending, insertPending, listRounds } from "@/db/queries/surveys";
import { users } from "@/db/schema";
import { BUDGET } from "@/lib/import/budgets";
import type { ParsedFile } from "@/lib/import/parse-file";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { commitImport, parseAndStageUpload, previewImport } from "@/services/import";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    database: { type: "string" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const N = Number(values.rows);
const admin = { id: null, username: "bench", role: "administrator" as const, regions: [] as string[] };

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same file. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticCsv(n: number, villages: string[]): string {
  const random = rng(2019);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const lines = [RESPONDENT_FIELDS.map((f) => f.name).join(",")];
  for (let i = 0; i < n; i++) {
    const village = villages[i % villages.length]!;
    const cells = RESPONDENT_FIELDS.map((f) => {
      if (f.name === "respondent_id") return `B-${i}`;
      if (f.name === "village_code") return village;
      if (f.name === "cluster_code") return `C-${village.replace(/\./g, "")}-${i % 3}`;
      if (f.type === "code") return pick(f.codes!).code;
      if (f.type === "multi") return f.codes!.filter(() => random() < 0.3).map((c) => c.code).join(" ");
      if (f.type === "integer" || f.type === "likert") return String(Math.floor((f.min ?? 0) + random() * ((f.max ?? 3) - (f.min ?? 0) + 1)));
      if (f.type === "text") return "produk";
      return "";
    });
    lines.push(cells.join(","));
  }
  return lines.join("\n");
}

/** Another user's page meanwhile: the rounds listing, asked every 100 ms; each answer's wait. */
function probeReads(handle: Handle) {
  const waits: { at: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    // timed from when the read was due, not when the timer ran: on PGlite the import can keep the
    // event loop from running timers (and HTTP requests) at all, and that wait counts too
    for (;;) {
      const due = performance.now() + 100;
      await new Promise((r) => setTimeout(r, 100));
      // stopped: a read due meanwhile would have waited at least until now
      if (running) await listRounds(handle.db, admin);
      waits.push({ at: due, ms: Math.max(0, performance.now() - due) });
      if (!running) break;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return waits;
    },
  };
}

/** The process's resident memory, sampled every 20 ms (maxRSS would include the setup's reference data load). */
function sampleRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

async function openTarget(kind: string, dir: string): Promise<{ handle: Handle; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const handle = await openDb({ pgliteDir: path.join(dir, "db") });
    return { handle, drop: async () => {} };
  }
  const name = `bench_import_${process.pid}`;
  const server = postgres(values.server!, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database "${name}"`);
  const url = new URL(values.server!);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString() });
  return {
    handle,
    drop: async () => {
      await server.unsafe(`drop database if exists "${name}" with (force)`);
      await server.end();
    },
  };
}

async function runOne(kind: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const { handle, drop } = await openTarget(kind, dir);
  const db = handle.db;
  try {
    await migrateDb(db, handle.kind);
    await loadAdminUnits(db);
    await seedRubricV1(db);
    const [user] = await db.insert(users).values({ username: "bench", displayName: "Bench", passwordHash: "x", role: "administrator" }).returning();
    // Lampung Selatan's 260 villages
    const villages = [...(await allVillageCodes(db))].filter((c) => c.startsWith("18.01.")).sort();
    const file = path.join(dir, "bench.csv");
    writeFileSync(file, syntheticCsv(N, villages));
    const size = Number(execFileSync("stat", ["-c", "%s", file]).toString());
    const round = { code: `BENCH-${Date.now()}`, name: "Benchmark", source: "synthetic", licence: "none", rubricVersion: "rubrik-2019-v1" as const };
    // a 100,000-row file of every column is ~30 MB, over the 20 MB upload limit: the bench lifts it
    const budget = { ...BUDGET, maxFileMb: 64, maxSeconds: 600 };

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const peakRss = sampleRss();
    const probe = probeReads(handle);
    const ms: Record<string, number> = {};
    const step = async <T,>(name: string, fn: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const out = await fn();
      ms[name] = performance.now() - t;
      return out;
    };
    const start = performance.now();
    // upload: parsed in the worker from the file it was streamed to, rows staged, the rest kept with the pending upload
    const parsed = await step("upload_parse_validate_stage", () => parseAndStageUpload(db, "respondents", "bench.csv", { path: file, size }, budget));
    if (parsed.errors.length) throw new Error(`bench file has ${parsed.errors.length} errors`);
    const id = await step("store_pending", () => db.transaction((tx) => insertPending(tx, { kind: "respondents", fileName: "bench.csv", fileSha256: "0".repeat(64), parsed, round, actorId: user!.id })));
    // the preview page
    const token = await step("preview", async () => {
      const pending = await getPending(db, id, user!.id);
      return (await previewImport(db, admin, { kind: "respondents", fileName: "bench.csv", fileSha256: "0".repeat(64), parsed: pending!.parsed as ParsedFile, roundCode: round.code })).token;
    });
    // the commit: one transaction merging the staged rows
    const pending = await step("commit_read_pending", async () => (await getPending(db, id, user!.id))!);
    const commitStart = performance.now();
    const result = await step("commit_transaction", () =>
      db.transaction(async (tx) => {
        const r = await commitImport(tx, { kind: "respondents", fileName: "bench.csv", parsed: { file: pending.parsed as ParsedFile, sha256: pending.fileSha256 }, mode: "all", round, actor: admin, previewToken: token });
        await deletePending(tx, pending.id);
        return r;
      }),
    );
    const end = performance.now();
    const waits = await probe.stop();
    const peak = peakRss();
    if (result.analysis.plan.new !== N) throw new Error(`imported ${result.analysis.plan.new} of ${N}`);

    const perSecond = (t: number) => Math.round(N / (t / 1000));
    const worst = (from: number, to: number) => Math.round(Math.max(0, ...waits.filter((w) => w.at + w.ms >= from && w.at <= to).map((w) => w.ms)));
    const sorted = waits.map((w) => w.ms).sort((a, b) => a - b);
    return {
      database: handle.kind,
      respondents: N,
      file_mb: Math.round(size / 1e5) / 10,
      ...Object.fromEntries(Object.entries(ms).map(([k, v]) => [`${k}_ms`, Math.round(v)])),
      commit_plan_ms: Math.round(result.ms.plan),
      commit_write_ms: Math.round(result.ms.write),
      commit_rescore_ms: Math.round(result.ms.rescore),
      upload_rows_per_s: perSecond(ms.upload_parse_validate_stage!),
      commit_rows_per_s: perSecond(end - commitStart + ms.commit_read_pending!),
      end_to_end_rows_per_s: perSecond(end - start),
      end_to_end_without_rescore_rows_per_s: perSecond(end - start - result.ms.rescore),
      rss_before_import_mb: Math.round(rssBefore / 1e6),
      peak_rss_mb: Math.round(peak / 1e6),
      page_reads: waits.length,
      page_read_median_ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      page_read_worst_ms: Math.round(sorted[sorted.length - 1] ?? 0),
      page_read_worst_during_commit_transaction_ms: worst(commitStart, end),
    };
  } finally {
    await handle.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (values.database) {
    console.log(JSON.stringify(await runOne(values.database)));
    return;
  }
  // each database in its own process, so each peak memory figure is that import's alone
  const results = ["pglite", "postgres"].map((database) => {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, "--rows", String(N), "--database", database, "--server", values.server!], { stdio: ["ignore", "pipe", "inherit"] });
    return JSON.parse(out.toString().trim().split("\n").pop()!) as Record<string, unknown>;
  });
  for (const key of Object.keys(results[0]!)) console.log(`${key.padEnd(46)} ${results.map((r) => String(r[key] ?? "").padStart(10)).join(" ")}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
