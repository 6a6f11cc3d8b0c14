import "server-only";
import type { DbOrTx } from "@/db/client";
import { listPublishedPublications } from "@/db/queries/publications";
import { briefSummaryText, listPublicBriefs } from "./briefs/load";

/** One entry of the public list, whatever it comes from (publications, published briefs). */
export type PublicItem = { kind: "publication" | "brief"; href: string; title: string; summary: string; authors: string[]; publishedAt: Date; roundCode: string | null; licence: string };

type Source = (db: DbOrTx, search: string | undefined) => Promise<PublicItem[]>;

const publicationsSource: Source = async (db, search) =>
  (await listPublishedPublications(db, { search, limit: 200, offset: 0 })).items.map((p) => ({
    kind: "publication",
    href: `/public/publications/${p.slug}`,
    title: p.title,
    summary: p.abstract,
    authors: p.authors,
    publishedAt: p.publishedAt,
    roundCode: p.roundCode,
    licence: p.licence,
  }));

/** Published briefs of public rounds, through the public view (small counts hidden). */
const briefsSource: Source = async (db, search) =>
  (await listPublicBriefs(db, { search })).map((b) => ({
    kind: "brief",
    href: `/public/briefs/${b.id}`,
    title: b.doc.title,
    summary: briefSummaryText(b.doc),
    authors: [b.doc.author],
    publishedAt: b.publishedAt,
    roundCode: b.roundCode,
    licence: b.licence,
  }));

const SOURCES: Source[] = [publicationsSource, briefsSource];

/** Every published item matching the search, newest first. */
export async function listPublicItems(db: DbOrTx, search?: string): Promise<PublicItem[]> {
  const lists = await Promise.all(SOURCES.map((s) => s(db, search)));
  return lists.flat().sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}
