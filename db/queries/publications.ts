import { and, count, desc, eq, ilike, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { publications, publicationVersions, surveyRounds, users, type PublicationVersion } from "../schema";

/** Versions of any status that name this round: a round still referred to is not deleted. */
export async function publicationsUsingRound(db: DbOrTx, roundId: number): Promise<number> {
  const [r] = await db.select({ n: count() }).from(publicationVersions).where(eq(publicationVersions.roundId, roundId));
  return r?.n ?? 0;
}

export async function insertPublication(tx: DbOrTx, row: { slug: string; ownerId: number | null }) {
  const [r] = await tx.insert(publications).values(row).returning();
  if (!r) throw new Error("insert returned no row");
  return r;
}

export async function slugTaken(db: DbOrTx, slug: string): Promise<boolean> {
  const [r] = await db.select({ id: publications.id }).from(publications).where(eq(publications.slug, slug));
  return Boolean(r);
}

export async function insertVersion(tx: DbOrTx, row: typeof publicationVersions.$inferInsert): Promise<PublicationVersion> {
  const [r] = await tx.insert(publicationVersions).values(row).returning();
  if (!r) throw new Error("insert returned no row");
  return r;
}

/** Only drafts are updated through here; published versions are immutable (the WHERE says so). */
export async function updateDraft(tx: DbOrTx, id: number, change: Partial<typeof publicationVersions.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(publicationVersions)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(publicationVersions.id, id), eq(publicationVersions.status, "draft")))
    .returning({ id: publicationVersions.id });
  return rows.length === 1;
}

/** Freezes a draft: its snapshot, files and checksums, written once. */
export async function freezeVersion(tx: DbOrTx, id: number, frozen: Partial<typeof publicationVersions.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(publicationVersions)
    .set({ ...frozen, status: "published", publishedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(publicationVersions.id, id), eq(publicationVersions.status, "draft")))
    .returning({ id: publicationVersions.id });
  return rows.length === 1;
}

export async function setVersionStatus(tx: DbOrTx, id: number, status: "superseded" | "withdrawn", reason: string | null) {
  await tx
    .update(publicationVersions)
    .set({ status, statusReason: reason, withdrawnAt: status === "withdrawn" ? new Date() : null, updatedAt: new Date() })
    .where(eq(publicationVersions.id, id));
}

export async function getPublication(db: DbOrTx, slug: string) {
  const [p] = await db.select().from(publications).where(eq(publications.slug, slug));
  if (!p) return null;
  const versions = await db.select().from(publicationVersions).where(eq(publicationVersions.publicationId, p.id)).orderBy(desc(publicationVersions.version));
  return { ...p, versions };
}

/** A researcher's own publications (administrators: all), newest first, with their latest version. */
export async function listOwnPublications(db: DbOrTx, actor: { id: number; role: string }) {
  const latest = sql`(select max(v2.version) from publication_versions v2 where v2.publication_id = ${publications.id})`;
  return db
    .select({ slug: publications.slug, version: publicationVersions.version, status: publicationVersions.status, title: publicationVersions.title, updatedAt: publicationVersions.updatedAt, owner: users.username })
    .from(publications)
    .innerJoin(publicationVersions, and(eq(publicationVersions.publicationId, publications.id), eq(publicationVersions.version, latest)))
    .leftJoin(users, eq(users.id, publications.ownerId))
    .where(actor.role === "administrator" ? undefined : eq(publications.ownerId, actor.id))
    .orderBy(desc(publicationVersions.updatedAt));
}

export type PublicListItem = {
  kind: "publication";
  slug: string;
  version: number;
  title: string;
  authors: string[];
  abstract: string;
  publishedAt: Date;
  roundCode: string | null;
  licence: string;
  hasDataset: boolean;
};

/** Published (current) versions for the public list, searchable in title, abstract and authors. */
export async function listPublishedPublications(db: DbOrTx, q: { search?: string; limit: number; offset: number }): Promise<{ items: PublicListItem[]; total: number }> {
  const term = q.search?.trim();
  const where = and(
    eq(publicationVersions.status, "published"),
    term ? or(ilike(publicationVersions.title, `%${term}%`), ilike(publicationVersions.abstract, `%${term}%`), sql`${publicationVersions.authors}::text ilike ${`%${term}%`}`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ slug: publications.slug, v: publicationVersions, roundCode: surveyRounds.code })
      .from(publicationVersions)
      .innerJoin(publications, eq(publications.id, publicationVersions.publicationId))
      .leftJoin(surveyRounds, eq(surveyRounds.id, publicationVersions.roundId))
      .where(where)
      .orderBy(desc(publicationVersions.publishedAt), desc(publicationVersions.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(publicationVersions).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({
      kind: "publication" as const,
      slug: r.slug,
      version: r.v.version,
      title: r.v.title,
      authors: r.v.authors,
      abstract: r.v.abstract,
      publishedAt: r.v.publishedAt!,
      roundCode: r.roundCode,
      licence: r.v.licence,
      hasDataset: r.v.datasetCsv !== null,
    })),
  };
}

/** One published, superseded or withdrawn version as the public sees it (drafts never). */
export async function getPublicVersion(db: DbOrTx, slug: string, version?: number) {
  const p = await db.select({ id: publications.id }).from(publications).where(eq(publications.slug, slug));
  if (!p[0]) return null;
  const [v] = await db
    .select()
    .from(publicationVersions)
    .where(
      and(
        eq(publicationVersions.publicationId, p[0].id),
        inArray(publicationVersions.status, ["published", "superseded", "withdrawn"]),
        version ? eq(publicationVersions.version, version) : eq(publicationVersions.status, "published"),
      ),
    )
    .orderBy(desc(publicationVersions.version))
    .limit(1);
  if (!v) return null;
  const versions = await db
    .select({ version: publicationVersions.version, status: publicationVersions.status, publishedAt: publicationVersions.publishedAt })
    .from(publicationVersions)
    .where(and(eq(publicationVersions.publicationId, p[0].id), isNotNull(publicationVersions.snapshot)))
    .orderBy(desc(publicationVersions.version));
  return { slug, version: v, versions };
}
