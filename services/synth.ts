import type { Db } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { findRoundByCode, insertRound } from "@/db/queries/surveys";
import { analyzeSurveyTables } from "@/db/queries/statistics";
import {
  insertActivityBatch,
  insertClusterBatch,
  insertPktdBatch,
  insertRespondentBatch,
  listVillageCodes,
  type SynthClusterWrite,
  type SynthPktdWrite,
  type SynthRespondentWrite,
} from "@/db/queries/synth";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordHash } from "@/lib/surveys/plan";
import { planVillages, sampleVillages, synthVillage, type SynthActivity, type VillagePlan } from "@/lib/synth";
import { defaultSynthRoundCode, synthProvenance, type SynthOptions } from "@/lib/synth/options";
import { rescoreRound, type RescoreResult } from "./rescore";
import { changeRound, type RoundActor } from "./rounds";

export type SynthResult = { round: string; villages: number; respondents: number; clusters: number; pktd: number; activities: number; rescore: RescoreResult; seconds: { generate: number; rescore: number } };

/** respondents per transaction: a batch is generated, written and dropped before the next */
const BATCH_RESPONDENTS = 10_000;

async function writeBatch(db: Db, roundId: number, plans: VillagePlan[], o: SynthOptions) {
  const clusters: SynthClusterWrite[] = [];
  const respondents: SynthRespondentWrite[] = [];
  const pktd: SynthPktdWrite[] = [];
  const activities: SynthActivity[] = [];
  for (const plan of plans) {
    const v = synthVillage(o.seed, plan, o.year);
    for (const c of v.clusters) {
      clusters.push({ code: c.cluster_code, name: c.name, villageCode: c.village_code, product: c.product, yearEstablished: c.year_established, legalEntity: c.legal_entity, rowHash: recordHash(c) });
    }
    for (const r of v.respondents) {
      respondents.push({ respondent_id: r.respondent_id, village_code: r.village_code, cluster_code: r.cluster_code, answers: r, row_hash: recordHash(r) });
    }
    if (v.pktd) pktd.push({ village_code: v.pktd.village_code, year: v.pktd.year, data: v.pktd, row_hash: recordHash(v.pktd) });
    activities.push(...v.activities);
  }
  await db.transaction(async (tx) => {
    const ids = await insertClusterBatch(tx, roundId, clusters);
    await insertRespondentBatch(tx, roundId, respondents);
    await insertPktdBatch(tx, pktd);
    await insertActivityBatch(
      tx,
      activities.map((a) => ({ clusterId: ids.get(a.clusterCode)!, kind: a.kind, date: a.date, budget: a.budget, provider: a.provider })),
    );
  });
  return { clusters: clusters.length, respondents: respondents.length, pktd: pktd.length, activities: activities.length };
}

/**
 * Generates a synthetic round over the real villages (all, or a seeded sample), streaming:
 * villages are generated and inserted in batches of about 10,000 respondents, each batch its
 * own transaction while the round is a draft nobody else sees. Then the round is scored and
 * published, so officials see it, badged "synthetic" wherever its origin shows.
 */
export async function synthesizeRound(db: Db, actor: RoundActor, o: SynthOptions, progress?: (done: number, total: number) => void): Promise<SynthResult> {
  if (!can(actor, "survey:import")) throw new AppError("forbidden");
  const code = o.round ?? defaultSynthRoundCode(o);
  if (await findRoundByCode(db, code)) throw new AppError("conflict", "round_exists");
  const population = await listVillageCodes(db);
  if (population.length === 0) throw new AppError("invalid", "no_villages");
  const plans = planVillages(sampleVillages(population, o.villages, o.seed), o.respondents, o.seed);
  const started = performance.now();

  const round = await db.transaction(async (tx) => {
    const created = await insertRound(tx, {
      code,
      name: `Putaran sintetis ${plans.length} desa / ${o.respondents} responden`,
      periodStart: `${o.year}-01-01`,
      periodEnd: `${o.year}-06-30`,
      source: `Synthetic: npm run cli -- synth --villages ${o.villages} --respondents ${o.respondents} --seed ${o.seed}`,
      licence: "CC0 1.0 (synthetic data)",
      origin: "synthetic",
      provenance: synthProvenance(o),
      status: "draft",
      createdBy: actor.id,
    });
    await insertAudit(tx, { action: "round.create", entityType: "survey_round", entityId: code, after: { origin: "synthetic", villages: plans.length, respondents: o.respondents, seed: o.seed, year: o.year }, actorId: actor.id, actorUsername: actor.username, ip: "cli" });
    return created;
  });

  const totals = { clusters: 0, respondents: 0, pktd: 0, activities: 0 };
  let batch: VillagePlan[] = [];
  let inBatch = 0;
  const flush = async () => {
    const n = await writeBatch(db, round.id, batch, o);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += n[k];
    progress?.(totals.respondents, o.respondents);
    batch = [];
    inBatch = 0;
  };
  for (const plan of plans) {
    batch.push(plan);
    inBatch += plan.respondents;
    if (inBatch >= BATCH_RESPONDENTS) await flush();
  }
  if (batch.length) await flush();
  await analyzeSurveyTables(db);
  const generated = performance.now();

  const rescore = await db.transaction((tx) => rescoreRound(tx, round.id));
  const scored = performance.now();
  await db.transaction((tx) => changeRound(tx, actor, { code, verb: "publish" }, "cli"));
  return {
    round: code,
    villages: plans.length,
    ...totals,
    rescore,
    seconds: { generate: (generated - started) / 1000, rescore: (scored - generated) / 1000 },
  };
}
