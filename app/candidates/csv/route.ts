import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { candidatesToCsv } from "@/lib/candidates/csv";
import { loadCandidates } from "../load";

export const dynamic = "force-dynamic";

/** The candidate list of ?round=…&rubric=…&region=… as CSV, limited to the user's regions. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  const data = await loadCandidates(user, { round: query.get("round") ?? undefined, rubric: query.get("rubric") ?? undefined, region: query.get("region") ?? undefined });
  if (data.kind !== "ok") return new Response("Not found", { status: 404 });
  const csv = candidatesToCsv(data.rows, (code) => data.decisions.get(code)?.kind);
  const name = `kandidat-${data.round.code}-${data.version}${data.region ? `-${data.region}` : ""}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
