import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { auditToCsv } from "@/lib/audit/csv";
import { parseAuditFilters } from "@/lib/audit/filters";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** The newest rows matching the page's filters; one download holds at most this many. */
const MAX_ROWS = 100_000;

/** The audit log as CSV, filtered like /admin/audit; administrators only. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "audit:read")) return new Response("Not found", { status: 404 });
  const filters = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  const [t, { rows }] = await Promise.all([getTranslations(), listAudit(await getDb(), { limit: MAX_ROWS, offset: 0, filters })]);
  const csv = auditToCsv(rows, (a) => (t.has(`auditActions.${a}`) ? t(`auditActions.${a}`) : a));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="audit-${stamp}.csv"` } });
}
