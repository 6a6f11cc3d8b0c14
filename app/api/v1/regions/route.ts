import { z } from "zod";
import { listChildren, searchRegions } from "@/db/queries/regions";
import { Pagination, RegionPage, paginate } from "@/lib/api/schemas";
import type { Actor } from "@/lib/auth/permissions";
import { isRegionCode } from "@/lib/regions/admin-units";
import { apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

/** Administrative units are public reference data; with a token the owner's scope applies as in the portal. */
const EVERYONE: Actor = { role: "ministry_staff", regions: [] };
const Query = Pagination.extend({ q: z.string().trim().max(100).optional(), parent: z.string().trim().refine(isRegionCode).optional() });

export const GET = apiRoute(RegionPage, async ({ url, db, viewer }) => {
  const query = queryOf(url, Query);
  const actor = viewer ?? EVERYONE;
  const rows = query.q ? await searchRegions(db, actor, query.q, 500) : await listChildren(db, actor, query.parent ?? null);
  return paginate(
    rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode, parent_name: "parentName" in r ? (r.parentName as string | null) : undefined })),
    query,
  );
});
