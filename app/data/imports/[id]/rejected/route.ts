import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPending } from "@/db/queries/surveys";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { analyseImport } from "@/lib/surveys/import-service";
import { rejectedRowsCsv } from "@/lib/surveys/rejected-csv";

export const dynamic = "force-dynamic";

/** The rejected rows of a pending upload, with an error column; only for the user who uploaded it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "pktd:import")) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const db = await getDb();
  const pending = await getPending(db, id, user.id);
  if (!pending) return new Response("Not found", { status: 404 });
  const round = pending.round as { code: string } | null;
  const analysis = await analyseImport(db, user, { kind: pending.kind, fileName: pending.fileName, bytes: pending.bytes, roundCode: round?.code ?? null });
  const csv = rejectedRowsCsv(analysis.columns, analysis.rejected, toLocale(await getLocale()));
  const name = pending.fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-rejected.csv"` },
  });
}
