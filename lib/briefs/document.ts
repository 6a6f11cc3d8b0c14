import { z } from "zod";

/**
 * The brief's stored form: one structured document that the web page, the PDF, the
 * Markdown and (later) the public page render. Sections carry their text as a constrained
 * Markdown subset (markdown.ts), the numbers it rests on and the figures beside it.
 */
export const SECTION_KEYS = [
  "summary",
  "findings_institution",
  "findings_activity",
  "findings_performance",
  "findings_connectivity",
  "social_capital", 
  "policy_support",
  "recommendations",
  "method",
  "annex",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const shownNumber = z.object({ value: z.number().nullable(), shown: z.string() });
export type ShownNumber = z.infer<typeof shownNumber>;

const barsFigure = z.object({
  kind: z.literal("bars"),
  title: z.string(),
  /** the scale's top: 3 for scores, 100 for indices and shares */
  max: z.number(),
  /** a value at which a dashed line is drawn (the weak threshold) */
  threshold: z.number().nullable(),
  rows: z.array(z.object({ label: z.string(), value: z.number().nullable(), shown: z.string(), weak: z.boolean() })),
  footnote: z.number().int(),
});
const tableFigure = z.object({
  kind: z.literal("table"),
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  footnote: z.number().int(),
});
const mapFigure = z.object({
  kind: z.literal("map"),
  title: z.string(),
  /** the map level (a district or regency code) and the units coloured in it */
  level: z.string(),
  unitLevel: z.enum(["village", "district"]),
  highlight: z.string(),
  places: z.array(z.object({ code: z.string(), stratum: z.enum(["sentra", "rintisan", "matang"]).nullable() })),
  legend: z.array(z.object({ key: z.string(), label: z.string() })),
  footnote: z.number().int(),
});
export const figureSchema = z.discriminatedUnion("kind", [barsFigure, tableFigure, mapFigure]);
export type Figure = z.infer<typeof figureSchema>;
export type MapFigure = z.infer<typeof mapFigure>;

export const sectionSchema = z.object({
  key: z.enum(SECTION_KEYS),
  heading: z.string(),
  body: z.string(),
  /** the text as generated: an edit is a body that differs from it */
  generated: z.string(),
  edited: z.boolean(),
  numbers: z.record(z.string(), shownNumber),
  figures: z.array(figureSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const footnoteSchema = z.object({ id: z.number().int(), round: z.string(), rubric: z.string(), text: z.string() });
export type Footnote = z.infer<typeof footnoteSchema>;

export const briefDocumentSchema = z.object({
  schema: z.literal(1),
  lang: z.enum(["id", "en"]),
  title: z.string(),
  unit: z.object({ type: z.enum(["cluster", "village", "district", "regency"]), code: z.string(), name: z.string(), place: z.string() }),
  round: z.object({ code: z.string(), name: z.string() }),
  rubric: z.string(),
  /** ISO timestamp of the generation; the page formats it in Asia/Jakarta */
  generatedAt: z.string(),
  author: z.string(),
  /** labels of the front matter in the brief's language */
  labels: z.object({ place: z.string(), date: z.string(), round: z.string(), rubric: z.string(), author: z.string(), notes: z.string(), page: z.string() }),
  badges: z.array(z.string()),
  sections: z.array(sectionSchema),
  footnotes: z.array(footnoteSchema),
});
export type BriefDocument = z.infer<typeof briefDocumentSchema>;

/** Reads a stored document; a row that does not match is an error, never rendered half. */
export function parseBriefDocument(value: unknown): BriefDocument {
  return briefDocumentSchema.parse(value);
}
