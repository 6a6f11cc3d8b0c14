// Benchmark (not a test): 1,000 synthetic clusters of one regency stored as score snapshots,
// then time what the candidates page does on each request: the scoped query of the stored
// scores and the pure candidate computation (criteria, priority, ranking, 1,000 weight draws).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { listClusterScores } from "@/db/queries/candidates";
import { upsertSnapshots, type SnapshotWrite } from "@/db/queries/scores";
import { insertRound } from "@/db/queries/surveys";
import { seedRubricV1 } from "@/db/seed/rubric";
import { candidateInputOf, candidatesFor } from "@/lib/candidates";
import { seededRandom } from "@/lib/candidates/random";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { policySupport } from "@/lib/scoring/policy-support";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { scoreUnit, type Answers } from "@/lib/scoring/score-unit";

const { values } = parseArgs({ options: { clusters: { type: "string", default: "1000" }, runs: { type: "string", default: "10" }, postgres: { type: "boolean" }, json: { type: "boolean" } } });
const N = Number(values.clusters);
const RUNS = Number(values.runs);
const official = { role: "regency_official" as const, regions: ["18.01"] };

function syntheticAnswers(random: () => number): Answers {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const a: Answers = {};
  for (const f of RESPONDENT_FIELDS) {
    if (f.type === "code") a[f.name] = pick(f.codes!).code;
    else if (f.type === "multi") a[f.name] = f.codes!.filter(() => random() < 0.3).map((c) => c.code);
    // Likert answers 3-5, so that social capital clears C5 often and about half the clusters are candidates
    else if (f.type === "likert") a[f.name] = 3 + Math.floor(random() * 3);
    else if (f.type === "integer") a[f.name] = Math.floor((f.min ?? 0) + random() * ((f.max ?? 3) - (f.min ?? 0) + 1));
  }
  return a;
}

function syntheticSnapshots(roundId: number): SnapshotWrite[] {
  const random = seededRandom(2019);
  return Array.from({ length: N }, (_, i) => {
    const village = `18.01.${String(1 + (i % 17)).padStart(2, "0")}.${2001 + (i % 15)}`;
    const members = Array.from({ length: 5 + Math.floor(random() * 40) }, () => syntheticAnswers(random));
    const score = scoreUnit(RUBRIC_V1, members);
    const support = policySupport(RUBRIC_V1, members, [], [village], 2019);
    return {
      roundId,
      rubricVersion: RUBRIC_V1.version,
      unitType: "cluster" as const,
      unitCode: `BENCH-${String(i).padStart(5, "0")}`,
      unitName: `Klaster sintetis ${i}`,
      regionCode: village,
      n: score.n,
      readiness: score.readiness,
      stratum: score.stratum,
      socialCapital: score.socialCapital.index,
      policySupport: support.index,
      result: { score, policySupport: support },
      inputsHash: `bench-${i}`,
    };
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-bench-cand-"));
  const handle = values.postgres ? await openDb() : await openDb({ pgliteDir: path.join(dir, "db") });
  try {
    await migrateDb(handle.db, handle.kind);
    await seedRubricV1(handle.db);
    const round = await insertRound(handle.db, { code: `BENCH-${Date.now().toString(36)}`, name: "Bench", source: "synthetic", licence: "none", periodEnd: "2019-06-30" });
    await handle.db.transaction((tx) => upsertSnapshots(tx, syntheticSnapshots(round.id)));

    const query: number[] = [];
    const compute: number[] = [];
    // CPU time of this process too: on a shared machine wall time also counts waiting for a core
    const computeCpu: number[] = [];
    let candidates = 0;
    for (let run = 0; run <= RUNS; run++) {
      const t0 = performance.now();
      const stored = await listClusterScores(handle.db, official, { roundId: round.id, version: RUBRIC_V1.version, regionCode: "18.01" });
      const t1 = performance.now();
      const cpu = process.cpuUsage();
      const rows = candidatesFor(RUBRIC_V1, stored.map((s) => candidateInputOf(RUBRIC_V1.candidates, s)));
      const t2 = performance.now();
      const used = process.cpuUsage(cpu);
      candidates = rows.filter((r) => r.candidate).length;
      if (stored.length !== N) throw new Error(`expected ${N} clusters, read ${stored.length}`);
      // the first run warms caches and the JIT; it is not counted
      if (run > 0) {
        query.push(t1 - t0);
        compute.push(t2 - t1);
        computeCpu.push((used.user + used.system) / 1000);
      }
    }
    const total = query.map((q, i) => q + compute[i]!);
    const result = {
      clusters: N,
      candidates,
      draws: RUBRIC_V1.candidates.robustness.draws,
      runs: RUNS,
      database: handle.kind,
      query_ms_p50: Math.round(pct(query, 50)),
      compute_ms_p50: Math.round(pct(compute, 50)),
      compute_cpu_ms_p50: Math.round(pct(computeCpu, 50)),
      load_average_1m: Number(os.loadavg()[0]!.toFixed(1)),
      cores: os.cpus().length,
      total_ms_p50: Math.round(pct(total, 50)),
      total_ms_max: Math.round(Math.max(...total)),
    };
    if (values.json) console.log(JSON.stringify(result));
    else
      console.log(
        `candidates of ${N} clusters (${result.candidates} candidates, ${result.draws} draws) on ${handle.kind}, ${RUNS} runs: ` +
          `query ${result.query_ms_p50} ms + computation ${result.compute_ms_p50} ms (CPU ${result.compute_cpu_ms_p50} ms) = ${result.total_ms_p50} ms (median), ` +
          `${result.total_ms_max} ms (slowest); load average ${result.load_average_1m} on ${result.cores} cores`,
      );
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
