import { z } from "zod";
import { getPublicRound, publicSnapshots } from "@/db/queries/public";
import { listSnapshots } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import { Pagination, ScorePage, UnitLevel, paginate } from "@/lib/api/schemas";
import { publicScores } from "@/lib/publish/public-view";
import { isRegionCode } from "@/lib/regions/admin-units";
import { toScoresJson } from "@/lib/scoring/scores-json";
import { ApiFailure, apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

const Query = Pagination.extend({ round: z.string().trim().min(1).max(64), unit: UnitLevel, region: z.string().trim().refine(isRegionCode).optional() });

/**
 * Stored scores (never recomputed). With a token: the owner's visible rounds and regions, unsuppressed.
 * Without: published rounds only, suppressed over the whole level before paging (so a page cannot undo it).
 */
export const GET = apiRoute(ScorePage, async ({ url, db, viewer }) => {
  const query = queryOf(url, Query);
  if (viewer) {
    const round = await getRoundInScope(db, viewer, query.round);
    if (!round) throw new ApiFailure("not_found");
    const rows = await listSnapshots(db, viewer, { roundId: round.id, version: round.rubricVersion, unitType: query.unit, regionCode: query.region });
    return paginate(
      rows.map((s) => toScoresJson({ unit: query.unit, code: s.unitCode, name: s.unitName }, s.result.score, s.result.policySupport, round.rubricVersion, round.code)),
      query,
    );
  }
  const round = await getPublicRound(db, query.round);
  if (!round) throw new ApiFailure("not_found");
  const rows = await publicSnapshots(db, { roundId: round.id, unitType: query.unit, regionCode: query.region });
  const json = rows.map((r) => toScoresJson({ unit: query.unit, code: r.s.unitCode, name: r.s.unitName }, r.s.result.score, r.s.result.policySupport, round.rubricVersion, round.code));
  return paginate(publicScores(json), query);
});
