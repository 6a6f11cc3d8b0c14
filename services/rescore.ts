import type { DbOrTx } from "@/db/client";
import {
  clusterInputs,
  clustersAcrossRegencies,
  deleteSnapshots,
  getRubricVersion,
  pktdForVillages,
  preferFastCompression,
  regencyInputs,
  regionNames,
  roundClusters,
  roundRegencies,
  scoredVersions,
  snapshotHashes,
  upsertSnapshots,
  roundsTouchingVillages,
  type InputRow,
  type SnapshotWrite,
} from "@/db/queries/scores";
import { analyzeScoreTables } from "@/db/queries/statistics";
import { deleteAnswerCounts, upsertAnswerCounts, type AnswerCountsWrite } from "@/db/queries/summaries";
import { findRoundById } from "@/db/queries/surveys";
import type { UnitType } from "@/db/schema";
import { countAnswers } from "@/lib/indicators/counts";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import { AppError } from "@/lib/errors";
import { parentCodeOf } from "@/lib/regions/admin-units";
import type { Rubric } from "@/lib/scoring/rubric";
import { pktdYearOf, policySupportOf } from "@/lib/scoring/policy-support";
import { prepareRespondent, scorePrepared, type Answers, type PreparedRespondent } from "@/lib/scoring/score-unit";
import { unitInputsHasher } from "@/lib/surveys/plan";
import { groupUnits, type Unit } from "@/lib/surveys/units";
import { roundQualityKeeper } from "./quality";
import { refreshSummaries } from "./summaries";

export type RescoreResult = { round: string; rubric: string; units: number; changed: number; removed: number };

type Context = {
  roundId: number;
  version: string;
  rubric: Rubric;
  year: number | null;
  inputsHash: ReturnType<typeof unitInputsHasher>;
  existing: Map<string, string>;
  clusterNames: Map<string, string>;
  /** each respondent read once, though she counts in her cluster, village, district and regency */
  prepared: WeakMap<UnitRow, PreparedRespondent>;
};
type UnitRow = Unit<Answers>["rows"][number];

function preparedOf(ctx: Context, row: UnitRow): PreparedRespondent {
  let p = ctx.prepared.get(row);
  if (!p) {
    p = prepareRespondent(ctx.rubric, row.answers);
    ctx.prepared.set(row, p);
  }
  return p;
}

const provinceOf = (code: string) => code.slice(0, 2);

/** Scores the units whose inputs changed; returns the snapshot rows to write. */
async function scoreChanged(tx: DbOrTx, ctx: Context, units: Unit<Answers>[]): Promise<SnapshotWrite[]> {
  const villages = [...new Set(units.flatMap((u) => u.villages))];
  const pktdByVillage = new Map<string, Awaited<ReturnType<typeof pktdForVillages>>>();
  for (const p of await pktdForVillages(tx, villages)) {
    const list = pktdByVillage.get(p.villageCode);
    if (list) list.push(p);
    else pktdByVillage.set(p.villageCode, [p]);
  }
  const names = await regionNames(tx, [...new Set(units.filter((u) => u.type !== "cluster").map((u) => u.code))]);
  const writes: SnapshotWrite[] = [];
  let ran = performance.now();
  for (const unit of units) {
    // scoring is synchronous: a regency of 100,000 respondents would keep every other request of
    // the process waiting for seconds, so the loop lets them in between units
    if (performance.now() - ran > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      ran = performance.now();
    }
    const unitPktd = unit.villages.flatMap((v) => pktdByVillage.get(v) ?? []);
    const inputsHash = ctx.inputsHash(
      unit.rows.map((r) => r.rowHash),
      unitPktd.map((p) => `${p.villageCode}|${p.year}|${p.rowHash}`).sort(),
    );
    if (ctx.existing.get(`${unit.type}|${unit.code}`) === inputsHash) continue;
    const people = unit.rows.map((r) => preparedOf(ctx, r));
    const score = scorePrepared(ctx.rubric, people);
    const support = policySupportOf(ctx.rubric, people.map((p) => p.programme), unitPktd.map((p) => p.data as Answers), unit.villages, ctx.year);
    writes.push({
      roundId: ctx.roundId,
      rubricVersion: ctx.version,
      unitType: unit.type,
      unitCode: unit.code,
      unitName: (unit.type === "cluster" ? ctx.clusterNames.get(unit.code) : names.get(unit.code)) ?? unit.code,
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
  return writes;
}

/** The indicator tables' counts of each regency whose score is rewritten, stamped with that score's inputs. */
function answerCountsOf(ctx: Context, units: Unit<Answers>[], writes: SnapshotWrite[]): AnswerCountsWrite[] {
  const rewritten = new Map(writes.filter((w) => w.unitType === "regency").map((w) => [w.unitCode, w.inputsHash]));
  return units.flatMap((u) => {
    const inputsHash = u.type === "regency" ? rewritten.get(u.code) : undefined;
    if (inputsHash === undefined) return [];
    const counts = countAnswers(u.rows.map((r) => r.answers), INDICATOR_FIELDS, ctx.rubric.irClasses);
    return [{ roundId: ctx.roundId, rubricVersion: ctx.version, regencyCode: u.code, respondents: counts.respondents, counts, inputsHash }];
  });
}

const asAnswers = (rows: InputRow[]) => rows.map((r) => ({ ...r, answers: r.answers as Answers }));

/** Units rewritten past which the planner's statistics of the score tables are refreshed (statistics.ts). */
const BULK_UNITS = 2_000;

/**
 * Recomputes the stored scores of one round under one rubric version (the round's own by
 * default), one regency at a time so a national round never sits in memory whole. Only units
 * whose inputs changed are rewritten; vanished units are removed; the province and nation
 * summaries above the changed units follow. `onlyVillage` limits it to the units containing
 * that village (a village-level edit such as a PKTD record).
 */
export async function rescoreRound(tx: DbOrTx, roundId: number, version?: string, onlyVillage?: string): Promise<RescoreResult> {
  const round = await findRoundById(tx, roundId);
  if (!round) throw new AppError("not_found", "round_missing");
  const rubricRow = await getRubricVersion(tx, version ?? round.rubricVersion);
  if (!rubricRow) throw new AppError("not_found", "rubric_missing");
  await preferFastCompression(tx);
  const clusterRows = await roundClusters(tx, roundId);
  const homes = new Map(clusterRows.map((c) => [c.code, c.villageCode]));
  const ctx: Context = {
    roundId,
    version: rubricRow.version,
    rubric: rubricRow.definition,
    year: pktdYearOf(round.periodEnd),
    inputsHash: unitInputsHasher(rubricRow.definition, pktdYearOf(round.periodEnd)),
    existing: await snapshotHashes(tx, roundId, rubricRow.version),
    clusterNames: new Map(clusterRows.map((c) => [c.code, c.name])),
    prepared: new WeakMap(),
  };
  // a cluster is scored with its regency unless its members span regencies: then on its own, last
  const spanning = new Set(await clustersAcrossRegencies(tx, roundId, onlyVillage));
  const regencies = onlyVillage ? [parentCodeOf(parentCodeOf(onlyVillage)!)!] : await roundRegencies(tx, roundId);
  // data quality depends on the respondents alone: kept once, with the round's own rubric, from the same reads
  const quality = !onlyVillage && ctx.version === round.rubricVersion ? await roundQualityKeeper(tx, roundId) : null;
  const present = new Set<string>();
  const touched = new Set<string>();
  let units = 0;
  let changed = 0;
  // one write in flight while the next regency is scored: the database and the CPU overlap
  let writing: Promise<void> = Promise.resolve();
  const write = async (groups: Unit<Answers>[]) => {
    units += groups.length;
    for (const u of groups) present.add(`${u.type}|${u.code}`);
    const writes = await scoreChanged(tx, ctx, groups);
    for (const w of writes) touched.add(provinceOf(w.regionCode));
    changed += writes.length;
    const counts = answerCountsOf(ctx, groups, writes);
    await writing;
    writing = upsertSnapshots(tx, writes).then(() => upsertAnswerCounts(tx, counts));
  };

  const fetchRegency = (regency: string) => regencyInputs(tx, roundId, regency);
  let next = regencies.length ? fetchRegency(regencies[0]!) : null;
  for (let i = 0; i < regencies.length; i++) {
    const rows = asAnswers(await next!);
    next = i + 1 < regencies.length ? fetchRegency(regencies[i + 1]!) : null;
    const groups = groupUnits(rows, homes).filter((u) => !(u.type === "cluster" && spanning.has(u.code)));
    await quality?.regency(regencies[i]!, rows);
    await write(onlyVillage ? groups.filter((u) => u.villages.includes(onlyVillage)) : groups);
  }
  if (spanning.size > 0) {
    const rows = asAnswers(await clusterInputs(tx, roundId, [...spanning]));
    await write(groupUnits(rows, homes).filter((u) => u.type === "cluster" && spanning.has(u.code)));
  }
  await writing;
  await quality?.finish(regencies);

  // a village-level edit changes no respondents, so no unit can have vanished
  const removed = onlyVillage
    ? []
    : [...ctx.existing.keys()].filter((k) => !present.has(k)).map((k) => {
        const [type, code] = k.split("|") as [UnitType, string];
        return { type, code };
      });
  await deleteSnapshots(tx, roundId, ctx.version, removed);
  await deleteAnswerCounts(tx, { roundId, version: ctx.version, regencies: removed.filter((k) => k.type === "regency").map((k) => k.code) });
  await refreshSummaries(tx, { roundId, version: ctx.version, rubric: ctx.rubric, touched, everything: removed.length > 0 });
  if (changed + removed.length >= BULK_UNITS) await analyzeScoreTables(tx);
  return { round: round.code, rubric: ctx.version, units, changed, removed: removed.length };
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
