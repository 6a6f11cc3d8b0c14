import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { tableToCsv } from "@/lib/import/export-csv";
import { loadScoreList } from "../load";

export const dynamic = "force-dynamic";

/** The score table of ?round=…&unit=…&rubric=…&region=… as CSV, limited to the user's regions. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const q = new URL(request.url).searchParams;
  const data = await loadScoreList(user, { round: q.get("round") ?? undefined, rubric: q.get("rubric") ?? undefined, unit: q.get("unit") ?? undefined, region: q.get("region") ?? undefined, sort: q.get("sort") ?? undefined, dir: q.get("dir") ?? undefined }, { all: true });
  if (!data.round) return new Response("Not found", { status: 404 });
  const [t, locale] = await Promise.all([getTranslations("scores"), getLocale()]);
  const l = toLocale(locale);
  const fixed = (v: number | null, digits: number) => (v === null ? null : formatNumber(v, l, digits));
  const header = [t(`units.${data.unit}`), t("code"), "n", t("readiness"), t("stratum"), t("socialCapital"), t("policySupport"), t("pktdNote")];
  const rows = data.rows.map((r) => [
    r.name,
    r.code,
    r.n,
    fixed(r.readiness, 2),
    r.stratum ? t(`strata.${r.stratum}`) : t("noData"),
    fixed(r.socialCapital, 1),
    fixed(r.policySupport, 1),
    !r.pktd.noPktdRecord ? "" : r.pktd.year === null ? t("noPktdYear") : t("noPktd", { year: r.pktd.year }),
  ]);
  const csv = tableToCsv(header, rows, (n) => formatNumber(n, l));
  const name = `skor-${data.round.code}-${data.unit}${data.region ? `-${data.region}` : ""}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` } });
}
