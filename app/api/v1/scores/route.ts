import { z } from "zod";
import { getPublicRound, publicSnapshotCounts, publicSnapshots } from "@/db/queries/public";
import { countSnapshotRows, listSnapshots } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import { Pagination, ScorePage, UnitLevel, pageOf } from "@/lib/api/schemas";
import { publicScores, publicUnitCounts } from "@/lib/publish/public-view";
import { isRegionCode } from "@/lib/regions/admin-units";
import { toScoresJson } from "@/lib/scoring/scores-json";
import { ApiFailure, apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

const Query = Pagination.extend({ round: z.string().trim().min(1).max(64), unit: UnitLevel, region: z.string().trim().refine(isRegionCode).optional() });

/**
 * Stored scores (never recomputed), a page read from the database at a time. With a token: the
 * owner's visible rounds and regions, unsuppressed. Without: published rounds only, the counts
 * suppressed over the whole level before paging (so a page cannot undo it).
 */
export const GET = apiRoute(ScorePage, async ({ url, db, viewer }) => {
  const query = queryOf(url, Query);
  if (viewer) {
    const round = await getRoundInScope(db, viewer, query.round);
    if (!round) throw new ApiFailure("not_found");
    const q = { roundId: round.id, version: round.rubricVersion, unitType: query.unit, regionCode: query.region };
    const [total, rows] = await Promise.all([countSnapshotRows(db, viewer, q), listSnapshots(db, viewer, { ...q, offset: query.offset, limit: query.limit })]);
    const items = rows.map((s) => toScoresJson({ unit: query.unit, code: s.unitCode, name: s.unitName }, s.result.score, s.result.policySupport, round.rubricVersion, round.code));
    return pageOf(items, total, query);
  }
  const round = await getPublicRound(db, query.round);
  if (!round) throw new ApiFailure("not_found");
  const q = { roundId: round.id, unitType: query.unit, regionCode: query.region };
  const [counts, rows] = await Promise.all([publicSnapshotCounts(db, q), publicSnapshots(db, { ...q, limit: query.limit, offset: query.offset })]);
  const json = rows.map((r) => toScoresJson({ unit: query.unit, code: r.s.unitCode, name: r.s.unitName }, r.s.result.score, r.s.result.policySupport, round.rubricVersion, round.code));
  const ns = publicUnitCounts(counts.map((c) => c.n)).slice(query.offset, query.offset + rows.length);
  return pageOf(publicScores(json, ns), counts.length, query);
});
