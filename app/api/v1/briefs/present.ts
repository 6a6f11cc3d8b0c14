import "server-only";
import type { z } from "zod";
import type { PublicBriefEntry } from "@/app/public/briefs/load";
import type { Brief, BriefSummary } from "@/lib/api/schemas";

/** A published brief as the API lists it: the public page's address and its PDF. */
export function briefSummaryJson(b: PublicBriefEntry, origin: string): z.input<typeof BriefSummary> {
  return {
    id: b.id,
    title: b.doc.title,
    unit: b.doc.unit,
    round: b.roundCode,
    rubric: b.rubricVersion,
    language: b.language,
    version: b.version,
    published_at: b.publishedAt.toISOString(),
    author: b.doc.author,
    licence: b.licence,
    url: `${origin}/public/briefs/${b.id}`,
    pdf_url: `${origin}/public/briefs/${b.id}/pdf`,
  };
}

/** One brief with its text: the same public view (small counts hidden) the public page renders. */
export function briefJson(b: PublicBriefEntry, origin: string): z.input<typeof Brief> {
  return {
    ...briefSummaryJson(b, origin),
    sections: b.doc.sections.map((s) => ({ key: s.key, heading: s.heading, markdown: s.body })),
    footnotes: b.doc.footnotes.map((f) => ({ id: f.id, text: f.text })),
  };
}
