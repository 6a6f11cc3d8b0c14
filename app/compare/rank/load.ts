import { defaultRound } from "@/lib/surveys/round-status";
import "server-only";
import type { Db } from "@/db/client";
import { RANK_SCORES, rankUnits, type RankScore } from "@/db/queries/compare";
import { listRounds } from "@/db/queries/surveys";
import type { CurrentUser } from "@/lib/auth/session";

export const RANK_UNITS = ["village", "regency", "district", "cluster"] as const;
export type RankUnit = (typeof RANK_UNITS)[number];
export const RANK_LIMIT = 5000;

export type RankQuery = { round?: string; unit?: string; by?: string; dir?: string };

/** The ranking a URL asks for, read from stored snapshots (never recomputed). */
export async function loadRanking(db: Db, user: CurrentUser, q: RankQuery) {
  const rounds = await listRounds(db, user);
  const round = rounds.find((r) => r.code === q.round) ?? defaultRound(rounds);
  const unit: RankUnit = (RANK_UNITS as readonly string[]).includes(q.unit ?? "") ? (q.unit as RankUnit) : "village";
  const by: RankScore = (RANK_SCORES as readonly string[]).includes(q.by ?? "") ? (q.by as RankScore) : "readiness";
  const dir: "asc" | "desc" = q.dir === "asc" ? "asc" : "desc";
  const rows = round ? await rankUnits(db, user, { roundId: round.id, version: round.rubricVersion, unitType: unit, by, dir, limit: RANK_LIMIT + 1 }) : [];
  return { rounds, round, unit, by, dir, rows: rows.slice(0, RANK_LIMIT), truncated: rows.length > RANK_LIMIT };
}
