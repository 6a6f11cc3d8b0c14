import { getLocale } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { indicatorTablesToCsv } from "@/lib/indicators/csv";
import { indicatorTablesOf } from "@/lib/indicators/tables";
import { loadIndicatorData } from "../load";

export const dynamic = "force-dynamic";

/** Every indicator table of ?round=…&region=… as one CSV, limited to the user's regions. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  const data = await loadIndicatorData(user, { round: query.get("round") ?? undefined, region: query.get("region") ?? undefined });
  if (data.kind !== "ok") return new Response("Not found", { status: 404 });
  const locale = toLocale(await getLocale());
  const csv = indicatorTablesToCsv(indicatorTablesOf(data.counts, locale), locale);
  const name = `indikator-${data.round.code}${data.region ? `-${data.region.code}` : ""}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
