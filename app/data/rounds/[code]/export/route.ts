import { getDb } from "@/db/client";
import { getRoundInScope, listClusterRecords, listRespondentAnswers } from "@/db/queries/surveys";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { clustersToCsv, respondentsToCsv } from "@/lib/import/export-csv";
import type { RespondentRecord } from "@/lib/instrument/fields";
import { isRegionCode } from "@/lib/regions/admin-units";

export const dynamic = "force-dynamic";

/** The round (or ?region=<code> of it) in the import format, limited to the user's regions; ?file=clusters gives its clusters file. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const code = (await params).code;
  const region = new URL(request.url).searchParams.get("region") ?? undefined;
  if (region && !isRegionCode(region)) return new Response("Bad region code", { status: 400 });
  const db = await getDb();
  const round = await getRoundInScope(db, user, code);
  if (!round) return new Response("Not found", { status: 404 });
  const clustersFile = new URL(request.url).searchParams.get("file") === "clusters";
  const csv = clustersFile
    ? clustersToCsv(await listClusterRecords(db, user, round.id, region))
    : respondentsToCsv((await listRespondentAnswers(db, user, round.id, region)).map((r) => r.answers as RespondentRecord));
  const name = `${round.code}${clustersFile ? "-clusters" : ""}${region ? `-${region}` : ""}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
