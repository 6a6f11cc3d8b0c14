import { NextResponse, type NextRequest } from "next/server";
import { getReadDb } from "@/db/client";
import { searchScoredUnits } from "@/db/queries/compare";
import { getRoundInScope } from "@/db/queries/surveys";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** The comparison picker's search-as-you-type: scored units of a round within the user's regions. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return NextResponse.json({ hits: [] }, { status: 404 });
  const roundCode = request.nextUrl.searchParams.get("round") ?? "";
  const query = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  const db = await getReadDb();
  const round = roundCode ? await getRoundInScope(db, user, roundCode) : null;
  if (!round) return NextResponse.json({ hits: [] }, { status: 404 });
  const hits = await searchScoredUnits(db, user, { roundId: round.id, version: round.rubricVersion, query });
  return NextResponse.json({ hits: hits.map((h) => ({ type: h.type, code: h.code, name: h.name, n: h.n })) }, { headers: { "cache-control": "private, no-store" } });
}
