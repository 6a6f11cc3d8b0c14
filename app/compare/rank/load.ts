import { defaultRound } from "@/lib/surveys/round-status";
import "server-only";
import type { Db } from "@/db/client";
import { countRankUnits, RANK_SCORES, rankUnits, type RankScore } from "@/db/queries/compare";
import { listRounds } from "@/db/queries/surveys";
import type { CurrentUser } from "@/lib/auth/session";
import { pageInfo, parsePage } from "@/lib/pagination";

export const RANK_UNITS = ["village", "regency", "district", "cluster"] as const;
export type RankUnit = (typeof RANK_UNITS)[number];

export type RankQuery = { round?: string; unit?: string; by?: string; dir?: string; page?: string };

/** The ranking a URL asks for, read from stored snapshots (never recomputed): one page of it, or all of it for the CSV. */
export async function loadRanking(db: Db, user: CurrentUser, q: RankQuery, { all = false }: { all?: boolean } = {}) {
  const rounds = await listRounds(db, user);
  const round = rounds.find((r) => r.code === q.round) ?? defaultRound(rounds);
  const unit: RankUnit = (RANK_UNITS as readonly string[]).includes(q.unit ?? "") ? (q.unit as RankUnit) : "village";
  const by: RankScore = (RANK_SCORES as readonly string[]).includes(q.by ?? "") ? (q.by as RankScore) : "readiness";
  const dir: "asc" | "desc" = q.dir === "asc" ? "asc" : "desc";
  if (!round) return { rounds, round, unit, by, dir, rows: [], window: pageInfo(1, 0) };
  const scope = { roundId: round.id, version: round.rubricVersion, unitType: unit };
  const window = pageInfo(all ? 1 : parsePage(q.page), await countRankUnits(db, user, scope));
  const rows = await rankUnits(db, user, { ...scope, by, dir, offset: all ? 0 : window.offset, limit: all ? null : window.size });
  return { rounds, round, unit, by, dir, rows, window };
}
