import { defaultRound } from "@/lib/surveys/round-status";
import "server-only";
import { getReadDb } from "@/db/client";
import { countSnapshotRows, pageSnapshotRows, scoredVersions, SNAPSHOT_SORTS, type SnapshotSort } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import type { Actor } from "@/lib/auth/permissions";
import { pageInfo, parseDir, parsePage, parseSort, type PageInfo, type SortDir } from "@/lib/pagination";
import { isRegionCode } from "@/lib/regions/admin-units";
import { UNIT_KINDS, type UnitKind } from "@/lib/surveys/units";

export type ScoresSearch = { round?: string; rubric?: string; unit?: string; region?: string; sort?: string; dir?: string; page?: string };

/**
 * The round, rubric, unit type, region, sort and page of the URL, and the scored units she may
 * see: one page of them for the page, `all` for its CSV.
 */
export async function loadScoreList(user: Actor, sp: ScoresSearch, { all = false }: { all?: boolean } = {}) {
  const db = await getReadDb();
  const rounds = await listRounds(db, user);
  const round = rounds.find((r) => r.code === sp.round) ?? defaultRound(rounds);
  const unit: UnitKind = UNIT_KINDS.find((u) => u === sp.unit) ?? "cluster";
  const region = sp.region && isRegionCode(sp.region) ? sp.region : undefined;
  // in code order (regions as the administration lists them) unless asked otherwise
  const sort: SnapshotSort = parseSort(sp.sort, SNAPSHOT_SORTS, "code");
  const direction: SortDir = parseDir(sp.dir);
  const empty: PageInfo = pageInfo(1, 0);
  if (!round) return { rounds, round: null, unit, region, versions: [], version: null, rows: [], sort, direction, window: empty } as const;
  const versions = await scoredVersions(db, round.id);
  const version = versions.find((v) => v === sp.rubric) ?? round.rubricVersion;
  const q = { roundId: round.id, version, unitType: unit, regionCode: region };
  const total = await countSnapshotRows(db, user, q);
  const window = pageInfo(all ? 1 : parsePage(sp.page), total);
  const rows = await pageSnapshotRows(db, user, { ...q, sort, direction, offset: all ? 0 : window.offset, limit: all ? null : window.size });
  return { rounds, round, unit, region, versions, version, rows, sort, direction, window };
}
