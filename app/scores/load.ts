import { defaultRound } from "@/lib/surveys/round-status";
import "server-only";
import { getReadDb } from "@/db/client";
import { listSnapshots, scoredVersions } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import type { Actor } from "@/lib/auth/permissions";
import { isRegionCode } from "@/lib/regions/admin-units";
import { UNIT_KINDS, type UnitKind } from "@/lib/surveys/units";

export type ScoresSearch = { round?: string; rubric?: string; unit?: string; region?: string };

/** The round, rubric, unit type and region of the URL, and the scored units she may see (the page and its CSV). */
export async function loadScoreList(user: Actor, sp: ScoresSearch) {
  const db = await getReadDb();
  const rounds = await listRounds(db, user);
  const round = rounds.find((r) => r.code === sp.round) ?? defaultRound(rounds);
  const unit: UnitKind = UNIT_KINDS.find((u) => u === sp.unit) ?? "cluster";
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;
  if (!round) return { rounds, round: null, unit, region, versions: [], version: null, rows: [] } as const;
  const versions = await scoredVersions(db, round.id);
  const version = versions.find((v) => v === sp.rubric) ?? round.rubricVersion;
  const snapshots = await listSnapshots(db, user, { roundId: round.id, version, unitType: unit, regionCode: region });
  const rows = snapshots.map((s) => ({
    code: s.unitCode,
    name: s.unitName,
    n: s.n,
    readiness: s.readiness,
    stratum: s.stratum,
    socialCapital: s.socialCapital,
    policySupport: s.policySupport,
    pktd: s.result.policySupport,
  }));
  return { rounds, round, unit, region, versions, version, rows };
}
