import { z } from "zod";

// The responses of /api/v1, as zod schemas: the routes validate every answer with them and the
// OpenAPI document is generated from them (lib/api/openapi.ts), so the two cannot disagree.

export const UnitLevel = z.enum(["cluster", "village", "district", "regency"]);

export const Region = z
  .object({
    code: z.string().meta({ description: "Kemendagri code, e.g. 18.01.16.2004" }),
    name: z.string(),
    level: z.enum(["province", "regency", "district", "village"]),
    parent_code: z.string().nullable(),
    parent_name: z.string().nullable().optional(),
  })
  .meta({ id: "Region" });

export const Round = z
  .object({
    code: z.string(),
    name: z.string(),
    status: z.enum(["draft", "published", "superseded", "withdrawn"]),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    rubric: z.string(),
    licence: z.string(),
    origin: z.enum(["survey", "reconstruction", "illustration", "synthetic"]),
  })
  .meta({ id: "Round" });

const nullableNumber = z.number().nullable();

/** interfaces.md `scores --json`; public answers add `suppressed` and null counts under 5. */
export const Score = z
  .object({
    unit: UnitLevel,
    code: z.string(),
    name: z.string(),
    n: nullableNumber.meta({ description: "respondents; null when suppressed (fewer than 5, or a complementary cell)" }),
    suppressed: z.boolean().optional(),
    readiness: nullableNumber,
    stratum: z.enum(["sentra", "rintisan", "matang"]).nullable(),
    variables: z.record(z.string(), nullableNumber),
    indicators: z.record(z.string(), nullableNumber),
    ir: z.object({ IR1: nullableNumber, IR2: nullableNumber, IR3: nullableNumber, unclassified: nullableNumber }),
    social_capital: nullableNumber,
    social_capital_n: nullableNumber,
    rubric: z.string(),
    round: z.string(),
  })
  .meta({ id: "Score" });

export const IndicatorTable = z
  .object({
    field: z.string(),
    label: z.string(),
    n: nullableNumber.meta({ description: "respondents who answered; null when suppressed" }),
    rows: z.array(z.object({ code: z.string(), label: z.string(), n: nullableNumber, pct: nullableNumber })),
  })
  .meta({ id: "IndicatorTable" });

export const PublicationSummary = z
  .object({
    slug: z.string(),
    version: z.number().int(),
    title: z.string(),
    authors: z.array(z.string()),
    abstract: z.string(),
    published_at: z.string(),
    round: z.string().nullable(),
    licence: z.string(),
    url: z.string(),
    dataset_url: z.string().nullable(),
  })
  .meta({ id: "PublicationSummary" });

export const BriefSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    unit: z.object({ type: UnitLevel, code: z.string(), name: z.string(), place: z.string() }),
    round: z.string(),
    rubric: z.string(),
    language: z.enum(["id", "en"]),
    version: z.number().int().meta({ description: "the published version" }),
    published_at: z.string(),
    author: z.string(),
    licence: z.string(),
    url: z.string(),
    pdf_url: z.string(),
  })
  .meta({ id: "BriefSummary" });

export const Brief = BriefSummary.extend({
  sections: z.array(
    z.object({
      key: z.string(),
      heading: z.string(),
      markdown: z.string().meta({ description: "the section's text in the portal's Markdown subset; respondent counts from 1 to 4 shown as \"< 5\"" }),
    }),
  ),
  footnotes: z.array(z.object({ id: z.number().int(), text: z.string() })),
}).meta({ id: "Brief" });

export const ApiError = z.object({ error: z.string(), message: z.string() }).meta({ id: "Error" });

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    next_offset: z.number().int().nullable(),
  });
}

export const RegionPage = page(Region);
export const RoundPage = page(Round);
export const ScorePage = page(Score);
export const IndicatorPage = page(IndicatorTable);
export const PublicationPage = page(PublicationSummary);
export const BriefPage = page(BriefSummary);

/** limit 1-500 (default 100), offset ≥ 0. */
export const Pagination = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export function paginate<T>(all: readonly T[], p: { limit: number; offset: number }) {
  return pageOf(all.slice(p.offset, p.offset + p.limit), all.length, p);
}

/** A page the database already cut (`items` from offset, `total` counted apart). */
export function pageOf<T>(items: T[], total: number, p: { limit: number; offset: number }) {
  return { items, total, limit: p.limit, offset: p.offset, next_offset: p.offset + p.limit < total ? p.offset + p.limit : null };
}
