// Benchmark (not a test): generate N synthetic respondents, then time parse, validate and
// commit into a fresh embedded database (or DATABASE_URL with --postgres). Prints rows/s.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { loadAdminUnits } from "@/db/seed/reference";
import { readTable } from "@/lib/import/read-table";
import { parseRespondents } from "@/lib/import/respondents";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { commitImport } from "@/services/import";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, postgres: { type: "boolean" }, json: { type: "boolean" } } });
const N = Number(values.rows);

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

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const handle = values.postgres ? await openDb() : await openDb({ pgliteDir: path.join(dir, "db") });
  try {
    await migrateDb(handle.db, handle.kind);
    await loadAdminUnits(handle.db);
    // Lampung Selatan's 260 villages
    const { allVillageCodes } = await import("@/db/queries/surveys");
    const villages = [...(await allVillageCodes(handle.db))].filter((c) => c.startsWith("18.01.")).sort();
    const bytes = new TextEncoder().encode(syntheticCsv(N, villages));

    let t = performance.now();
    const table = await readTable(bytes, "bench.csv");
    const parseMs = performance.now() - t;
    if (!table.ok) throw new Error("bench file rejected");
    const known = new Set(villages);
    t = performance.now();
    const parsed = parseRespondents(table, { isKnownVillage: (c) => known.has(c) });
    const validateMs = performance.now() - t;
    if (parsed.errors.length) throw new Error(`bench file has ${parsed.errors.length} errors`);
    t = performance.now();
    const round = { code: `BENCH-${Date.now()}`, name: "Benchmark", source: "synthetic", licence: "none", rubricVersion: "rubrik-2019-v1" as const };
    await handle.db.transaction((tx) =>
      commitImport(tx, { kind: "respondents", fileName: "bench.csv", bytes, mode: "all", round, actor: { id: null, username: "bench", role: "administrator", regions: [] } }),
    );
    const commitMs = performance.now() - t; // includes a second parse+validate inside the commit
    const perSecond = (ms: number) => Math.round(N / (ms / 1000));
    const figures = {
      database: handle.kind,
      respondents: N,
      file_mb: Math.round(bytes.length / 1e5) / 10,
      parse_rows_per_s: perSecond(parseMs),
      validate_rows_per_s: perSecond(validateMs),
      commit_rows_per_s: perSecond(commitMs),
      peak_rss_mb: Math.round(process.memoryUsage().rss / 1e6),
    };
    console.log(values.json ? JSON.stringify(figures) : Object.entries(figures).map(([k, v]) => `${k}: ${v}`).join("\n"));
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
