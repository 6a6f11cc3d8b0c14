import type { ClusterRecord, PktdRecord, RespondentRecord } from "@/lib/instrument/fields";
import { PROGRAMME_KINDS, type ProgrammeKindCode } from "@/lib/policy/activity-form";
import type { VillagePlan } from "./allocate";
import { regionalEffect } from "./effects";
import { between, clamp, normal, pick, streamOf, type Random } from "./random";
import { synthRespondent } from "./respondent";

export type SynthActivity = { clusterCode: string; kind: ProgrammeKindCode; date: string; budget: number; provider: string };
export type SynthVillage = { clusters: ClusterRecord[]; respondents: RespondentRecord[]; pktd: PktdRecord | null; activities: SynthActivity[] };

const PROVIDERS = ["Dinas Koperasi dan UKM", "Dinas Perindustrian", "Dinas Pemberdayaan Perempuan", "Bank daerah", "Perguruan tinggi setempat"];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Wages over physical works above or below the rubric's 30 % minimum, depending on the place. */
function synthPktd(random: Random, villageCode: string, year: number, z: number): PktdRecord {
  const good = () => random() < sigmoid(0.8 + 1.2 * z);
  const danaDesa = between(random, 600, 1400) * 1_000_000;
  const budget = Math.round(danaDesa * (0.1 + 0.2 * random()));
  const physical = Math.round(budget * (0.6 + 0.3 * random()));
  const wages = Math.round(physical * (good() ? 0.3 + 0.25 * random() : 0.1 + 0.18 * random()));
  const workers = between(random, 15, 120);
  const hok = workers * between(random, 5, 20);
  return {
    village_code: villageCode,
    year,
    dana_desa_total: danaDesa,
    pktd_budget: budget,
    physical_work_value: physical,
    wages_paid: wages,
    hok_total: hok,
    hok_women: Math.round(hok * 0.4 * random()),
    workers_total: workers,
    workers_women: Math.round(workers * 0.5 * random()),
    payment_frequency: good() ? pick(random, ["daily", "weekly"]) : pick(random, ["monthly", "lump_sum"]),
    contracted_out: good() ? "no" : "yes",
    heavy_equipment: good() ? "no" : "yes",
    during_harvest: good() ? "no" : "yes",
    local_material_share: Math.round(100 * random()),
    activity_count: between(random, 1, 6),
    hi_beneficiaries: random() < sigmoid(z) ? between(random, 1, 25) : 0,
    hi_assets: null,
  } as PktdRecord;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Everything a synthetic round holds for one village, from (seed, village) alone: its
 * clusters, respondents (each in one of the village's clusters, or none when it has none),
 * the village's PKTD record of `year` (most villages have one) and programme activities.
 */
export function synthVillage(seed: number, plan: VillagePlan, year: number): SynthVillage {
  const random = streamOf(seed, `v:${plan.villageCode}`);
  const place = regionalEffect(seed, plan.villageCode);
  const clusters: ClusterRecord[] = [];
  const clusterEffects: number[] = [];
  const activities: SynthActivity[] = [];
  for (let k = 1; k <= plan.clusters; k++) {
    const code = `SYN-${plan.villageCode}-${k}`;
    const effect = place + 0.35 * normal(random);
    clusterEffects.push(effect);
    clusters.push({
      cluster_code: code,
      name: `Sentra sintetis ${plan.villageCode} #${k}`,
      village_code: plan.villageCode,
      product: null,
      year_established: between(random, 1995, year),
      legal_entity: random() < sigmoid(effect - 0.5) ? "yes" : "no",
    } as ClusterRecord);
    const given = random() < sigmoid(effect - 0.3) ? between(random, 1, 2) : 0;
    for (let a = 0; a < given; a++) {
      activities.push({
        clusterCode: code,
        kind: pick(random, PROGRAMME_KINDS),
        date: `${year}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`,
        budget: between(random, 5, 200) * 1_000_000,
        provider: pick(random, PROVIDERS),
      });
    }
  }
  const respondents: RespondentRecord[] = [];
  for (let i = 1; i <= plan.respondents; i++) {
    const k = clusters.length ? Math.floor(random() * clusters.length) : -1;
    respondents.push(
      synthRespondent(random, {
        respondentId: `S-${plan.villageCode}-${i}`,
        villageCode: plan.villageCode,
        clusterCode: k >= 0 ? clusters[k]!.cluster_code : null,
        effect: k >= 0 ? clusterEffects[k]! : place,
      }),
    );
  }
  const pktd = random() < 0.85 ? synthPktd(random, plan.villageCode, year, clamp(place, -3, 3)) : null;
  return { clusters, respondents, pktd, activities };
}
