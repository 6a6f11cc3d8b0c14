import "server-only";
import { getDb } from "@/db/client";
import { getBriefInScope, getBriefVersion } from "@/db/queries/briefs";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseBriefDocument } from "@/lib/briefs/document";
import { formatDateTime } from "@/lib/format";

/** One version of a brief for a download route: "signed_out" (401), or null when out of scope or missing (404). */
export async function loadBriefForDownload(rawId: string, rawVersion: string | null) {
  const user = await getCurrentUser();
  const id = Number(rawId);
  if (!user) return "signed_out" as const;
  if (!can(user, "brief:view") || !Number.isInteger(id) || id <= 0) return null;
  const db = await getDb();
  const brief = await getBriefInScope(db, user, id);
  if (!brief) return null;
  const version = Number(rawVersion) > 0 ? Number(rawVersion) : brief.currentVersion;
  const row = await getBriefVersion(db, id, version);
  if (!row) return null;
  const doc = parseBriefDocument(row.document);
  return { db, user, brief, version, doc, date: formatDateTime(new Date(doc.generatedAt), doc.lang), file: `ringkasan-${brief.unitCode}-v${version}`.replace(/[^A-Za-z0-9._-]/g, "_") };
}
