import "server-only";
import type { DbOrTx } from "@/db/client";
import { listPublishedBriefs, type PublishedBriefRow } from "@/db/queries/briefs";
import { parseBriefDocument } from "@/lib/briefs/document";
import { publicBrief, type PublicBriefDocument } from "@/lib/publish/public-view";

export type PublicBriefEntry = Omit<PublishedBriefRow, "document"> & { doc: PublicBriefDocument };

/** Published briefs as the public sees them (through the public view); those that may not be public are left out. */
export async function listPublicBriefs(db: DbOrTx, q: { id?: number; search?: string } = {}): Promise<PublicBriefEntry[]> {
  const rows = await listPublishedBriefs(db, q);
  return rows.flatMap(({ document, ...row }) => {
    const doc = publicBrief(parseBriefDocument(document));
    return doc ? [{ ...row, doc }] : [];
  });
}

/** One published brief by the id in its public address, or null (unpublished, not public, malformed id). */
export async function getPublicBrief(db: DbOrTx, rawId: string): Promise<PublicBriefEntry | null> {
  if (!/^\d{1,9}$/.test(rawId)) return null;
  return (await listPublicBriefs(db, { id: Number(rawId) }))[0] ?? null;
}

/** The summary's first paragraph as plain text: the line under a brief in lists. */
export function briefSummaryText(doc: PublicBriefDocument): string {
  const body = doc.sections.find((s) => s.key === "summary")?.body ?? "";
  const first = body.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith("#")) ?? "";
  return first.replace(/\[\^\d+\]/g, "").replace(/\*\*?|__?/g, "").replace(/\s+/g, " ").trim();
}
