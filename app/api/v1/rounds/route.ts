import { listPublicRounds } from "@/db/queries/public";
import { listRounds } from "@/db/queries/surveys";
import { Pagination, RoundPage, paginate } from "@/lib/api/schemas";
import { apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

export const GET = apiRoute(RoundPage, async ({ url, db, viewer }) => {
  const query = queryOf(url, Pagination);
  const rounds = viewer ? await listRounds(db, viewer) : await listPublicRounds(db);
  return paginate(
    rounds.map((r) => ({ code: r.code, name: r.name, status: r.status, period_start: r.periodStart, period_end: r.periodEnd, rubric: r.rubricVersion, licence: r.licence, origin: r.origin })),
    query,
  );
});
