import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPending } from "@/db/queries/surveys";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import type { ParsedFile } from "@/lib/import/parse-file";
import { previewImport } from "@/services/import";
import { rejectedRowsCsv } from "@/lib/surveys/rejected-csv";

export const dynamic = "force-dynamic";

/** The rejected rows of a pending upload, with an error column; only for the user who uploaded it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "pktd:import")) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const db = await getDb();
  const pending = await getPending(db, id, user.id);
  if (!pending?.parsed) return new Response("Not found", { status: 404 });
  const round = pending.round as { code: string } | null;
  // what the upload's one read found, planned against the round as it is now (no re-parse)
  const analysis = await previewImport(db, user, { kind: pending.kind, fileName: pending.fileName, fileSha256: pending.fileSha256, parsed: pending.parsed as ParsedFile, roundCode: round?.code ?? null });
  const csv = rejectedRowsCsv(analysis.columns, analysis.rejected, toLocale(await getLocale()));
  const name = pending.fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-rejected.csv"` },
  });
}
