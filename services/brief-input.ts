import type { DbOrTx } from "@/db/client";
import { unitGender } from "@/db/queries/briefs";
import { listClusterScores } from "@/db/queries/candidates";
import { latestDecision } from "@/db/queries/decisions";
import { listMapUnits } from "@/db/queries/map";
import { getAncestors, getRegionInScope } from "@/db/queries/regions";
import { getRubricVersion, getSnapshot, listSnapshots, regionNames } from "@/db/queries/scores";
import type { SurveyRound } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import type { BriefInput, BriefUnitType, CandidateStatus, LatestDecision } from "@/lib/briefs/input";
import { candidateInputOf, CRITERIA, criteriaOf, isCandidate } from "@/lib/candidates";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { parentCodeOf } from "@/lib/regions/admin-units";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";
import type { RoundProvenance } from "@/lib/surveys/provenance";
import { currentSnapshot } from "./decide";

export type UnitRef = { type: BriefUnitType; code: string };

/** The place's map: the villages of its district (cluster, village) or the districts of its regency. */
async function mapFor(db: DbOrTx, actor: Actor, roundId: number, version: string, type: BriefUnitType, home: string): Promise<BriefInput["map"]> {
  const village = type === "cluster" || type === "village";
  const level = village ? parentCodeOf(home) : type === "district" ? parentCodeOf(home) : home;
  if (!level) return null;
  const unitLevel = village ? "village" : "district";
  const [units, snaps] = await Promise.all([
    listMapUnits(db, actor, level, unitLevel),
    listSnapshots(db, actor, { roundId, version, unitType: unitLevel, regionCode: level }),
  ]);
  const strata = new Map(snaps.map((s) => [s.unitCode, s.stratum]));
  return { level, unitLevel, highlight: type === "regency" ? "" : home, places: units.map((u) => ({ code: u.code, stratum: strata.get(u.code) ?? null })) };
}

/**
 * The decision layer's view of the unit: a cluster's candidate status among the clusters of its
 * regency and the decision in force on it; for a region, how many of its clusters are candidates.
 */
async function decisionLayerFor(
  db: DbOrTx,
  actor: Actor,
  q: { unit: UnitRef; round: SurveyRound; rubricVersion: string; rubric: Rubric },
): Promise<Pick<BriefInput, "candidate" | "decision" | "areaCandidates">> {
  if (q.unit.type !== "cluster") {
    const rows = await listClusterScores(db, actor, { roundId: q.round.id, version: q.rubricVersion, regionCode: q.unit.code });
    const candidates = rows.filter((r) => isCandidate(criteriaOf(q.rubric.candidates, q.rubric.cutoffs, candidateInputOf(q.rubric.candidates, r)))).length;
    return { areaCandidates: { clusters: rows.length, candidates } };
  }
  const [snap, latest] = await Promise.all([
    currentSnapshot(db, actor, { roundId: q.round.id, roundCode: q.round.code, version: q.rubricVersion, cluster: q.unit.code }),
    latestDecision(db, actor, q.unit.code),
  ]);
  const candidate: CandidateStatus | undefined = snap
    ? {
        candidate: snap.candidate,
        rank: snap.rank,
        priority: snap.priority.value,
        fragile: snap.robustness.fragile,
        criteria: Object.fromEntries(CRITERIA.map((id) => [id, snap.criteria[id].status])) as CandidateStatus["criteria"],
      }
    : undefined;
  const decision: LatestDecision | undefined = latest
    ? { decision: latest.kind, at: latest.decidedAt.toISOString(), by: latest.decidedByUsername, note: latest.reason }
    : undefined;
  return { candidate, decision };
}

/**
 * Everything a brief of `unit` is built from, read from the stored snapshot (never
 * recomputed) within the actor's regions; not found when out of scope or not scored.
 */
export async function loadBriefInput(
  db: DbOrTx,
  actor: Actor,
  q: { unit: UnitRef; round: SurveyRound; rubricVersion: string; lang: Locale; author: string; now: Date },
): Promise<{ input: BriefInput; regionCode: string; unitName: string }> {
  const { unit, round } = q;
  const [snapshot, rubricRow] = await Promise.all([
    getSnapshot(db, actor, { roundId: round.id, version: q.rubricVersion, unitType: unit.type, code: unit.code }),
    getRubricVersion(db, q.rubricVersion),
  ]);
  if (!snapshot || !rubricRow) throw new AppError("not_found", "brief_not_scored");
  const { score, policySupport } = snapshot.result as { score: UnitScore; policySupport: PolicySupport | null };
  const home = snapshot.regionCode;
  const [ancestors, self, gender, map] = await Promise.all([
    getAncestors(db, home),
    getRegionInScope(db, actor, home),
    unitGender(db, actor, { roundId: round.id, unitType: unit.type, code: unit.code }),
    mapFor(db, actor, round.id, q.rubricVersion, unit.type, home),
  ]);
  const chain = [...ancestors.filter((a) => a.level !== "province"), ...(self ? [self] : [])].reverse().map((r) => r.name);
  const place = unit.type === "cluster" ? chain.join(", ") : chain.slice(1).length ? `${chain[0]}, ${chain.slice(1).join(", ")}` : (chain[0] ?? snapshot.unitName);
  const villages = [...new Set([...(policySupport?.checks.map((c) => c.villageCode) ?? []), ...(policySupport?.villagesWithoutRecord ?? [])])];
  const rubric = rubricRow.definition as Rubric;
  const [names, layer] = await Promise.all([regionNames(db, villages), decisionLayerFor(db, actor, { unit, round, rubricVersion: q.rubricVersion, rubric })]);
  return {
    regionCode: home,
    unitName: snapshot.unitName,
    input: {
      lang: q.lang,
      unit: { type: unit.type, code: unit.code, name: snapshot.unitName, place },
      round: {
        code: round.code,
        name: round.name,
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        origin: round.origin,
        provenance: (round.provenance as RoundProvenance | null) ?? null,
      },
      rubric,
      score,
      policySupport: policySupport ?? null,
      gender,
      villageNames: Object.fromEntries(names),
      author: q.author,
      generatedAt: q.now.toISOString(),
      map,
      ...layer,
    },
  };
}
