import { z } from "zod";
import { listPublishedPublications } from "@/db/queries/publications";
import { Pagination, PublicationPage } from "@/lib/api/schemas";
import { apiRoute, queryOf } from "../handler";

export const dynamic = "force-dynamic";

const Query = Pagination.extend({ q: z.string().trim().max(100).optional() });

/** Published publications (the same for everyone): their frozen figures are on each public page. */
export const GET = apiRoute(PublicationPage, async ({ url, db }) => {
  const query = queryOf(url, Query);
  const { items, total } = await listPublishedPublications(db, { search: query.q, limit: query.limit, offset: query.offset });
  const origin = url.origin;
  return {
    items: items.map((p) => ({
      slug: p.slug,
      version: p.version,
      title: p.title,
      authors: p.authors,
      abstract: p.abstract,
      published_at: p.publishedAt.toISOString(),
      round: p.roundCode,
      licence: p.licence,
      url: `${origin}/public/publications/${p.slug}?version=${p.version}`,
      dataset_url: p.hasDataset ? `${origin}/public/publications/${p.slug}/dataset?version=${p.version}` : null,
    })),
    total,
    limit: query.limit,
    offset: query.offset,
    next_offset: query.offset + query.limit < total ? query.offset + query.limit : null,
  };
});
