import { getRubricVersion } from "@/db/queries/scores";
import { z } from "zod";
import { getPublicRound } from "@/db/queries/public";
import { selectedAnswerCounts } from "@/db/queries/summaries";
import { getRoundInScope } from "@/db/queries/surveys";
import { IndicatorPage, Pagination, paginate } from "@/lib/api/schemas";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import { indicatorTablesOf } from "@/lib/indicators/tables";
import { publicIndicatorTable } from "@/lib/publish/public-view";
import { isRegionCode } from "@/lib/regions/admin-units";
import { ApiFailure, apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

const Query = Pagination.extend({
  round: z.string().trim().min(1).max(64),
  region: z.string().trim().refine(isRegionCode).optional(),
  field: z.enum(INDICATOR_FIELDS.map((f) => f.name) as [string, ...string[]]).optional(),
  lang: z.enum(["id", "en"]).default("id"),
});

export const GET = apiRoute(IndicatorPage, async ({ url, db, viewer }) => {
  const query = queryOf(url, Query);
  const fields = INDICATOR_FIELDS.filter((f) => !query.field || f.name === query.field);
  if (viewer) {
    const round = await getRoundInScope(db, viewer, query.round);
    if (!round) throw new ApiFailure("not_found");
    const rubric = await getRubricVersion(db, round.rubricVersion);
    if (!rubric) throw new ApiFailure("not_found");
    const counts = await selectedAnswerCounts(db, viewer, { roundId: round.id, version: round.rubricVersion, irClasses: rubric.definition.irClasses, region: query.region });
    const tables = indicatorTablesOf(counts, query.lang, fields).map((t) => ({ field: t.field, label: t.label, n: t.total, rows: t.rows.map((r) => ({ code: r.code, label: r.label, n: r.n, pct: r.share })) }));
    return paginate(tables, query);
  }
  const round = await getPublicRound(db, query.round);
  if (!round) throw new ApiFailure("not_found");
  const rubric = await getRubricVersion(db, round.rubricVersion);
  if (!rubric) throw new ApiFailure("not_found");
  const counts = await selectedAnswerCounts(db, null, { roundId: round.id, version: round.rubricVersion, irClasses: rubric.definition.irClasses, region: query.region });
  const tables = indicatorTablesOf(counts, query.lang, fields)
    .map(publicIndicatorTable)
    .map((t) => ({ field: t.field, label: t.label, n: t.total.n, rows: t.rows.map((r) => ({ code: r.code, label: r.label, n: r.n.n, pct: r.share })) }));
  return paginate(tables, query);
});
