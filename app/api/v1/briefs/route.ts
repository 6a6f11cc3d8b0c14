import { z } from "zod";
import { listPublicBriefs } from "@/app/public/briefs/load";
import { BriefPage, paginate, Pagination } from "@/lib/api/schemas";
import { apiRoute, queryOf } from "../handler";
import { briefSummaryJson } from "./present";

export const dynamic = "force-dynamic";

const Query = Pagination.extend({ q: z.string().trim().max(100).optional() });

/** Published policy briefs (the same for everyone, like publications), newest first. */
export const GET = apiRoute(BriefPage, async ({ url, db }) => {
  const query = queryOf(url, Query);
  const all = await listPublicBriefs(db, { search: query.q });
  return paginate(
    all.map((b) => briefSummaryJson(b, url.origin)),
    query,
  );
});
