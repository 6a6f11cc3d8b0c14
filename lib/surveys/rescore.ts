import type { DbOrTx } from "@/db/client";
import {
  deleteSnapshots,
  getRubricVersion,
  pktdForVillages,
  regionNames,
  roundInputs,
  roundsTouchingVillages,
  scoredVersions,
  snapshotHashes,
  upsertSnapshots,
  type SnapshotWrite,
} from "@/db/queries/scores";
import { findRoundById } from "@/db/queries/surveys";
import { AppError } from "@/lib/errors";
import { pktdYearOf, policySupport } from "@/lib/scoring/policy-support";
import { scoreUnit, type Answers } from "@/lib/scoring/score-unit";
import { recordHash } from "./plan";
import { groupUnits } from "./units";

export type RescoreResult = { round: string; rubric: string; units: number; changed: number; removed: number };

/**
 * Recomputes the stored scores of one round under one rubric version (the round's own by
 * default). Only units whose inputs changed are rewritten; vanished units are removed.
 * `onlyVillage` limits it to the units containing that village (a village-level edit such as
 * a PKTD record: the village, its district and regency, and its clusters).
 */
export async function rescoreRound(tx: DbOrTx, roundId: number, version?: string, onlyVillage?: string): Promise<RescoreResult> {
  const round = await findRoundById(tx, roundId);
  if (!round) throw new AppError("not_found", "round_missing");
  const rubricRow = await getRubricVersion(tx, version ?? round.rubricVersion);
  if (!rubricRow) throw new AppError("not_found", "rubric_missing");
  const rubric = rubricRow.definition;
  const year = pktdYearOf(round.periodEnd);

  const inputs = await roundInputs(tx, roundId);
  const allUnits = groupUnits(
    inputs.rows.map((r) => ({ ...r, answers: r.answers as Answers })),
    new Map(inputs.clusters.map((c) => [c.code, c.villageCode])),
  );
  const units = onlyVillage ? allUnits.filter((u) => u.villages.includes(onlyVillage)) : allUnits;
  const villages = [...new Set(inputs.rows.map((r) => r.villageCode))];
  const pktd = await pktdForVillages(tx, villages);
  const names = await regionNames(tx, [...new Set(units.filter((u) => u.type !== "cluster").map((u) => u.code))]);
  const clusterNames = new Map(inputs.clusters.map((c) => [c.code, c.name]));
  const existing = await snapshotHashes(tx, roundId, rubricRow.version);

  const writes: SnapshotWrite[] = [];
  for (const unit of units) {
    const unitPktd = pktd.filter((p) => unit.villages.includes(p.villageCode));
    const inputsHash = recordHash({
      rubric: rubricRow.definition,
      year,
      rows: unit.rows.map((r) => r.rowHash),
      pktd: unitPktd.map((p) => `${p.villageCode}|${p.year}|${p.rowHash}`).sort(),
    });
    if (existing.get(`${unit.type}|${unit.code}`) === inputsHash) continue;
    const answers = unit.rows.map((r) => r.answers);
    const score = scoreUnit(rubric, answers);
    const support = policySupport(rubric, answers, unitPktd.map((p) => p.data as Answers), unit.villages, year);
    writes.push({
      roundId,
      rubricVersion: rubricRow.version,
      unitType: unit.type,
      unitCode: unit.code,
      unitName: (unit.type === "cluster" ? clusterNames.get(unit.code) : names.get(unit.code)) ?? unit.code,
      regionCode: unit.regionCode,
      n: score.n,
      readiness: score.readiness,
      stratum: score.stratum,
      socialCapital: score.socialCapital.index,
      policySupport: support.index,
      result: { score, policySupport: support },
      inputsHash,
    });
  }
  await upsertSnapshots(tx, writes);
  // a village-level edit changes no respondents, so no unit can have vanished
  const present = new Set(allUnits.map((u) => `${u.type}|${u.code}`));
  const removed = [...existing.keys()].filter((k) => !onlyVillage && !present.has(k)).map((k) => {
    const [type, code] = k.split("|") as ["cluster", string];
    return { type, code };
  });
  await deleteSnapshots(tx, roundId, rubricRow.version, removed);
  return { round: round.code, rubric: rubricRow.version, units: units.length, changed: writes.length, removed: removed.length };
}

/** After an import: every rubric version already scored for these rounds, and each round's own. */
export async function rescoreRounds(tx: DbOrTx, roundIds: number[]): Promise<RescoreResult[]> {
  const results: RescoreResult[] = [];
  for (const roundId of [...new Set(roundIds)]) {
    const round = await findRoundById(tx, roundId);
    if (!round) continue;
    const versions = new Set([round.rubricVersion, ...(await scoredVersions(tx, roundId))]);
    for (const version of versions) results.push(await rescoreRound(tx, roundId, version));
  }
  return results;
}

/**
 * After a village-level edit (a PKTD record): the units containing the village, in every
 * round with respondents there, under every rubric version already scored for that round.
 */
export async function rescoreVillage(tx: DbOrTx, villageCode: string): Promise<RescoreResult[]> {
  const results: RescoreResult[] = [];
  for (const roundId of await roundsTouchingVillages(tx, [villageCode])) {
    const round = await findRoundById(tx, roundId);
    if (!round) continue;
    const versions = new Set([round.rubricVersion, ...(await scoredVersions(tx, roundId))]);
    for (const version of versions) results.push(await rescoreRound(tx, roundId, version, villageCode));
  }
  return results;
}
