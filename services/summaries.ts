import type { DbOrTx } from "@/db/client";
import { regionNames } from "@/db/queries/scores";
import {
  deleteSummary,
  NATION_CODE,
  provinceRegencyScores,
  provinceStratumCounts,
  scoredProvinces,
  summariesOf,
  upsertSummaries,
  type SummaryWrite,
} from "@/db/queries/summaries";
import { emptyStratumCounts, mergeScores, policySupportPart, type LevelSummary, type SummaryPart } from "@/lib/scoring/merge-scores";
import type { Rubric } from "@/lib/scoring/rubric";
import { recordHash } from "@/lib/surveys/plan";

type Refresh = { roundId: number; version: string; rubric: Rubric; touched: ReadonlySet<string>; everything: boolean };

function summaryRow(q: Refresh, level: "province" | "nation", code: string, name: string, merged: SummaryPart, units: LevelSummary["units"], inputsHash: string): SummaryWrite {
  return {
    roundId: q.roundId,
    rubricVersion: q.version,
    level,
    code,
    name,
    n: merged.score.n,
    readiness: merged.score.readiness,
    stratum: merged.score.stratum,
    socialCapital: merged.score.socialCapital.index,
    policySupport: merged.policySupport.index,
    result: { ...merged, units },
    inputsHash,
  };
}

/**
 * Keeps the province and nation summaries of a round in step with its regency snapshots:
 * only the `touched` provinces (or every one) are re-merged from their regencies, then the
 * nation from the provinces. Nothing here reads a respondent.
 */
export async function refreshSummaries(tx: DbOrTx, q: Refresh): Promise<{ provinces: number; nation: boolean }> {
  const key = { roundId: q.roundId, version: q.version };
  const stored = new Map((await summariesOf(tx, { ...key, level: "province" })).map((s) => [s.code, s]));
  const scored = await scoredProvinces(tx, key);
  const todo = new Set(q.everything ? [...scored, ...stored.keys()] : [...q.touched, ...scored.filter((p) => !stored.has(p))]);
  const names = await regionNames(tx, [...todo]);
  const writes: SummaryWrite[] = [];
  let deleted = 0;
  for (const province of [...todo].sort()) {
    const regencies = await provinceRegencyScores(tx, { ...key, province });
    if (regencies.length === 0) {
      if (stored.has(province)) {
        await deleteSummary(tx, { ...key, level: "province", code: province });
        deleted++;
      }
      continue;
    }
    const units = await provinceStratumCounts(tx, { ...key, province });
    const inputsHash = recordHash({ regencies: regencies.map((r) => `${r.code}|${r.hash}`), units });
    if (stored.get(province)?.inputsHash === inputsHash) continue;
    const merged = mergeScores(q.rubric, regencies.map((r) => ({ score: r.result.score, policySupport: policySupportPart(r.result.policySupport) })));
    writes.push(summaryRow(q, "province", province, names.get(province) ?? province, merged, units, inputsHash));
  }
  await upsertSummaries(tx, writes);
  const nation = (await summariesOf(tx, { ...key, level: "nation" }))[0];
  if (writes.length + deleted === 0 && nation) return { provinces: 0, nation: false };

  const provinces = await summariesOf(tx, { ...key, level: "province" });
  if (provinces.length === 0) {
    if (nation) await deleteSummary(tx, { ...key, level: "nation", code: NATION_CODE });
    return { provinces: writes.length + deleted, nation: Boolean(nation) };
  }
  const units = { cluster: emptyStratumCounts(), village: emptyStratumCounts(), district: emptyStratumCounts(), regency: emptyStratumCounts() };
  for (const p of provinces) {
    for (const type of Object.keys(units) as (keyof typeof units)[]) {
      for (const s of Object.keys(units[type]) as (keyof (typeof units)["cluster"])[]) units[type][s] += p.result.units[type][s];
    }
  }
  const merged = mergeScores(q.rubric, provinces.map((p) => ({ score: p.result.score, policySupport: p.result.policySupport })));
  const inputsHash = recordHash({ provinces: provinces.map((p) => `${p.code}|${p.inputsHash}`) });
  await upsertSummaries(tx, [summaryRow(q, "nation", NATION_CODE, "Indonesia", merged, units, inputsHash)]);
  return { provinces: writes.length + deleted, nation: true };
}
