// `npm run bench -- [--size small|medium|full] [--json] [--load-seconds N] [--requests N]`:
// the national-scale benchmark of interfaces.md. Loads a synthetic round when missing, then
// times an import (CLI child), a full rescore, raw SQL aggregates, pages of `next start`
// (built with NEXT_DIST_DIR) as signed-in demo users, and a bounded load. Prints figures only.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { and, asc, eq, sql } from "drizzle-orm";
import { openDb, type DbTarget, type Handle } from "@/db/client";
import { getRubricVersion } from "@/db/queries/scores";
import { findRoundByCode } from "@/db/queries/surveys";
import { listVillageCodes } from "@/db/queries/synth";
import { scoreSnapshots } from "@/db/schema";
import { setupDatabase } from "@/db/setup";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { planVillages, sampleVillages, synthVillage } from "@/lib/synth";
import { synthOptionsSchema } from "@/lib/synth/options";
import { generateBrief } from "@/services/briefs";
import { rescoreRound } from "@/services/rescore";
import { synthesizeRound } from "@/services/synth";
import { rawClusterStrata } from "./bench-raw";

const SIZES = {
  small: { villages: 2_000, respondents: 40_000 },
  medium: { villages: 20_000, respondents: 200_000 },
  full: { villages: 83_246, respondents: 2_000_000 },
} as const;
type Size = keyof typeof SIZES;
const PAGES = ["national_overview", "regency_dashboard", "regency_map", "district_map", "cluster_profile", "candidates", "compare10", "brief"] as const;
type Page = (typeof PAGES)[number];

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "small" },
    json: { type: "boolean" },
    "load-seconds": { type: "string", default: "60" },
    requests: { type: "string", default: "50" },
    port: { type: "string", default: "3331" },
    "import-rows": { type: "string", default: "100000" },
    // a full national rescore takes minutes: skip it when only the pages are wanted (rescore_s: null)
    "skip-rescore": { type: "boolean" },
  },
});
const size = values.size as Size;
if (!(size in SIZES)) usage(`--size must be small, medium or full`);
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
if (!databaseUrl && size !== "small") usage(`--size ${size} needs DATABASE_URL (PGlite is for --size small)`);
const ROOT = path.resolve(__dirname, "..");
const work = path.join(os.tmpdir(), `portal-bench-${size}`);
const target: DbTarget = databaseUrl ? { databaseUrl } : { pgliteDir: path.join(ROOT, ".data", `bench-${size}`) };
const dbEnv = databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "", PGLITE_DIR: (target as { pgliteDir: string }).pgliteDir };
const ROUND = `SYNTH-${size.toUpperCase()}`;
const log = (s: string) => process.stderr.write(`${s}\n`);

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench -- [--size small|medium|full] [--json] [--load-seconds N] [--requests N] [--port N] [--skip-rescore]`);
  process.exit(2);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

// ---- data: the synthetic round, a full rescore, raw aggregates, a brief ----

type Prepared = { roundId: number; rescoreS: number | null; raw: Partial<Record<Page, number>>; clusters: string[]; briefId: number; regency: string; respondents: number; villages: number; kind: "postgres" | "pglite" };

async function prepare(handle: Handle): Promise<Prepared> {
  await setupDatabase(handle, { demoAccounts: true });
  const db = handle.db;
  if (!(await findRoundByCode(db, ROUND))) {
    log(`loading ${ROUND}: ${SIZES[size].villages} villages, ${SIZES[size].respondents} respondents`);
    const admin = { id: null, username: "bench", role: "administrator" as const, regions: [] };
    await synthesizeRound(db, admin, synthOptionsSchema.parse({ ...SIZES[size], seed: 2019, round: ROUND }), (d, t) => process.stderr.write(`\r  ${d} / ${t}`));
    log("");
  }
  const round = (await findRoundByCode(db, ROUND))!;
  let t = performance.now();
  let rescoreS: number | null = null;
  if (!values["skip-rescore"]) {
    log("full rescore (every unit recomputed)");
    await db.execute(sql`update score_snapshots set inputs_hash = 'stale' where round_id = ${round.id}`);
    await db.execute(sql`update level_summaries set inputs_hash = 'stale' where round_id = ${round.id}`);
    t = performance.now();
    await db.transaction((tx) => rescoreRound(tx, round.id));
    rescoreS = (performance.now() - t) / 1000;
  }

  const rubric = (await getRubricVersion(db, round.rubricVersion))!.definition;
  const timeRaw = async (prefix: string | null) => {
    await db.execute(rawClusterStrata(rubric, round.id, prefix)); // warm
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await db.execute(rawClusterStrata(rubric, round.id, prefix));
      times.push(performance.now() - t);
    }
    return percentile(times, 50);
  };
  // the regency the lamsel account sees (Lampung Selatan) when the sample holds it, else the biggest
  const regencies = await db
    .select({ code: scoreSnapshots.unitCode, n: scoreSnapshots.n })
    .from(scoreSnapshots)
    .where(and(eq(scoreSnapshots.roundId, round.id), eq(scoreSnapshots.unitType, "regency")))
    .orderBy(asc(scoreSnapshots.unitCode));
  const regency = regencies.find((r) => r.code === "18.01")?.code ?? regencies.sort((a, b) => b.n - a.n)[0]!.code;
  log("raw SQL aggregates");
  const raw = { national_overview: await timeRaw(null), regency_dashboard: await timeRaw(regency) };
  const clusters = (
    await db
      .select({ code: scoreSnapshots.unitCode })
      .from(scoreSnapshots)
      .where(and(eq(scoreSnapshots.roundId, round.id), eq(scoreSnapshots.unitType, "cluster"), sql`${scoreSnapshots.regionCode} like ${regency + ".%"}`))
      .orderBy(asc(scoreSnapshots.unitCode))
      .limit(10)
  ).map((r) => r.code);
  const admin = { id: null, username: "bench", role: "administrator" as const, regions: [] };
  const brief = await db.transaction((tx) => generateBrief(tx, admin, { unit: { type: "cluster", code: clusters[0]! }, roundCode: ROUND, lang: "id" }));
  const counts = await db.execute(sql`select (select count(*)::int from respondents where round_id = ${round.id}) as r, (select count(distinct village_code)::int from respondents where round_id = ${round.id}) as v`);
  const c = (Array.isArray(counts) ? counts[0] : (counts as unknown as { rows: { r: number; v: number }[] }).rows[0]) as { r: number; v: number };
  return { roundId: round.id, rescoreS, raw, clusters, briefId: brief.id, regency, respondents: c.r, villages: c.v, kind: handle.kind };
}

// ---- import: the CLI in a child process, its peak RSS from /usr/bin/time ----

function importFigures(rows: number) {
  mkdirSync(work, { recursive: true });
  const file = path.join(work, "import.csv");
  const plans = planVillages(sampleVillages(villageCodes, Math.ceil(rows / 20), 77), rows, 77);
  // the required columns only, with short ids: 100,000 rows stay under the 20 MB upload budget
  const columns = RESPONDENT_FIELDS.filter((f) => f.required || f.name === "cluster_code").map((f) => f.name);
  const lines = [columns.join(",")];
  let i = 0;
  for (const p of plans) {
    for (const r of synthVillage(77, p, 2025).respondents) {
      const row = { ...r, respondent_id: `B${i++}`, cluster_code: r.cluster_code?.replace(/^SYN-.*-(\d+)$/, (_, k) => `K${p.villageCode.replace(/\./g, "")}${k}`) ?? null } as Record<string, unknown>;
      lines.push(columns.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join(" ") : String(row[c] ?? ""))).join(","));
    }
  }
  writeFileSync(file, lines.join("\n"));
  const code = `BENCH-IMPORT-${Date.now()}`;
  log(`import of ${rows} rows (${Math.round(readFileSync(file).length / 1e5) / 10} MB) through the CLI`);
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "MAXRSS_KB %M", process.execPath, path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/cli.ts", "import", "respondents", file, "--round", code, "--period-end", "2025-06-30"], {
    cwd: ROOT,
    env: { ...process.env, ...dbEnv },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr.slice(-2000)}`);
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { code, rowsPerS: Math.round(rows / seconds), peakRssMb: Math.round(rss) };
}
let villageCodes: string[] = [];

// ---- pages: next start as signed-in demo users ----

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...dbEnv, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, AUTH_SECRET: "bench-secret-".padEnd(40, "x"), DEMO_ACCOUNTS: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  server.stderr!.on("data", (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("next start did not answer in 60 s (built with NEXT_DIST_DIR?)");
}

async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return session;
}

async function timed(url: string, cookie: string): Promise<{ ms: number; ok: boolean; body: string }> {
  const t = performance.now();
  try {
    const res = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await res.text();
    return { ms: performance.now() - t, ok: res.status === 200, body };
  } catch {
    return { ms: performance.now() - t, ok: false, body: "" };
  }
}

function vmHwmMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

async function pageFigures(p: Prepared, port: number, requests: number, loadSeconds: number) {
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  try {
    const ministry = await signIn(base, "kementerian", "Kemen#Klaster2019");
    const official = await signIn(base, "lamsel", "Lamsel#Klaster2019");
    const r = encodeURIComponent(ROUND);
    const urls: Record<Page, [string, string]> = {
      national_overview: ["/", ministry],
      regency_dashboard: ["/", official],
      regency_map: [`/map?round=${r}`, ministry],
      district_map: [`/map?round=${r}&level=${p.regency}&unit=district`, ministry],
      cluster_profile: [`/scores/${r}/cluster/${encodeURIComponent(p.clusters[0]!)}`, ministry],
      candidates: [`/candidates?round=${r}&region=${p.regency}`, ministry],
      compare10: [`/compare?round=${r}&${p.clusters.map((c) => `u=cluster:${encodeURIComponent(c)}`).join("&")}`, ministry],
      brief: [`/briefs/${p.briefId}`, ministry],
    };
    const p50: Partial<Record<Page, number>> = {};
    const p95: Partial<Record<Page, number>> = {};
    let mapBytes = NaN;
    for (const page of PAGES) {
      const [url, cookie] = urls[page];
      const first = await timed(base + url, cookie); // compile caches, connection pool
      if (!first.ok) throw new Error(`${page} ${url} did not answer 200`);
      if (page === "regency_map") mapBytes = gzipSync(first.body).length;
      const times: number[] = [];
      for (let i = 0; i < requests; i++) times.push((await timed(base + url, cookie)).ms);
      p50[page] = round1(percentile(times, 50));
      p95[page] = round1(percentile(times, 95));
      log(`  ${page}: p50 ${p50[page]} ms, p95 ${p95[page]} ms`);
    }
    log(`load: 50 concurrent clients for ${loadSeconds} s`);
    const mix = PAGES.filter((pg) => pg !== "brief").map((pg) => urls[pg]);
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + loadSeconds * 1000;
    await Promise.all(
      Array.from({ length: 50 }, async (_, w) => {
        for (let i = w; performance.now() < until; i++) {
          const [url, cookie] = mix[i % mix.length]!;
          const res = await timed(base + url, cookie);
          latencies.push(res.ms);
          if (!res.ok) errors++;
        }
      }),
    );
    const load = { rps: round1(latencies.length / loadSeconds), p95_ms: round1(percentile(latencies, 95)), p99_ms: round1(percentile(latencies, 99)), errors };
    return { p50, p95, mapBytes, load, peakRss: vmHwmMb(server.pid!) };
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  const requests = Number(values.requests);
  const loadSeconds = Number(values["load-seconds"]);
  if (!(requests >= 1) || !(loadSeconds >= 1)) usage("--requests and --load-seconds must be positive numbers");
  let handle = await openDb(target);
  let prepared: Prepared;
  try {
    prepared = await prepare(handle);
    villageCodes = await listVillageCodes(handle.db);
  } finally {
    await handle.close(); // PGlite: one process at a time
  }
  const imported = importFigures(Number(values["import-rows"]));
  handle = await openDb(target);
  try {
    await handle.db.execute(sql`delete from survey_rounds where code = ${imported.code}`);
  } finally {
    await handle.close();
  }
  log("pages against next start");
  const pages = await pageFigures(prepared, Number(values.port), requests, loadSeconds);
  // two significant digits: a page 40 times faster than the raw aggregate is 0.025, not 0
  const ratio = Object.fromEntries(Object.entries(prepared.raw).map(([k, raw]) => [k, Number(((pages.p50[k as Page] ?? NaN) / raw).toPrecision(2))]));
  const figures = {
    import_rows_per_s: imported.rowsPerS,
    import_peak_rss_mb: imported.peakRssMb,
    rescore_s: prepared.rescoreS === null ? null : round1(prepared.rescoreS),
    p50_ms: pages.p50,
    p95_ms: pages.p95,
    raw_sql_ms: Object.fromEntries(Object.entries(prepared.raw).map(([k, v]) => [k, round1(v)])),
    ratio_to_raw: ratio,
    map_bytes_regency: pages.mapBytes,
    load: pages.load,
    peak_rss_mb: pages.peakRss,
    respondents: prepared.respondents,
    villages: prepared.villages,
    database: prepared.kind,
  };
  if (values.json) console.log(JSON.stringify(figures));
  else {
    const rows: [string, string][] = [];
    for (const [k, v] of Object.entries(figures)) {
      if (v && typeof v === "object") for (const [kk, vv] of Object.entries(v)) rows.push([`${k}.${kk}`, String(vv)]);
      else rows.push([k, String(v)]);
    }
    const w = Math.max(...rows.map(([k]) => k.length));
    console.log(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join("\n"));
  }
  rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
