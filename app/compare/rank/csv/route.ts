import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { getReadDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { rankToCsv } from "@/lib/compare/rank-csv";
import { loadRanking } from "../load";

export const dynamic = "force-dynamic";

/** The ranking on screen as CSV (ministry staff and administrators). */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "score:rank")) notFound();
  const p = request.nextUrl.searchParams;
  const r = await loadRanking(await getReadDb(), user, { round: p.get("round") ?? undefined, unit: p.get("unit") ?? undefined, by: p.get("by") ?? undefined, dir: p.get("dir") ?? undefined }, { all: true });
  if (!r.round) notFound();
  const csv = rankToCsv(
    r.rows.map((row, i) => ({
      rank: i + 1,
      unit_type: row.type,
      code: row.code,
      name: row.name,
      n: row.n,
      readiness: row.readiness,
      stratum: row.stratum,
      institution: row.institution,
      activity: row.activity,
      performance: row.performance,
      connectivity: row.connectivity,
      social_capital: row.socialCapital,
      policy_support: row.policySupport,
    })),
  );
  const name = `peringkat-${r.round.code}-${r.unit}-${r.by}-${r.dir}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" } });
}
