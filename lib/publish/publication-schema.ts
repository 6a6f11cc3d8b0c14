import { z } from "zod";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import { roundCodeSchema } from "@/lib/surveys/round-schema";

/** Licences a researcher may choose; CC BY 4.0 is the default (product.md, capability 10). */
export const LICENCES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"] as const;
export const LICENCE_NAMES: Record<(typeof LICENCES)[number], { name: string; url: string }> = {
  "CC-BY-4.0": { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC0-1.0": { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
};

export const UNIT_LEVELS = ["cluster", "village", "district", "regency"] as const;

/** A figure picked from the portal; frozen as data when the version is published. */
export const figureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("indicator"), field: z.enum(INDICATOR_FIELDS.map((f) => f.name) as [string, ...string[]]) }),
  z.object({ kind: z.literal("scores"), unit: z.enum(UNIT_LEVELS) }),
]);
export type FigureSpec = z.output<typeof figureSchema>;

export type BodySection = { heading: string; text: string };

/** "## Heading" lines start sections; the text under each stays in the safe Markdown subset. */
export function splitSections(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection = { heading: "", text: "" };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const h = /^##\s+(.*)$/.exec(line.trim());
    if (h) {
      if (current.heading || current.text.trim()) sections.push({ ...current, text: current.text.trim() });
      current = { heading: h[1]!.trim(), text: "" };
    } else current.text += `${line}\n`;
  }
  if (current.heading || current.text.trim()) sections.push({ ...current, text: current.text.trim() });
  return sections;
}

export function joinSections(sections: readonly BodySection[]): string {
  return sections.map((s) => (s.heading ? `## ${s.heading}\n\n${s.text}` : s.text)).join("\n\n");
}

const authorsSchema = z
  .string()
  .max(5000, "too_long")
  .transform((s) => s.split(/\r?\n/).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(2, "invalid").max(120, "too_long")).min(1, "required").max(50, "too_long"));

/** The draft form; validation messages are keys under `validation.`. */
export const publicationDraftSchema = z.object({
  title: z.string().trim().min(3, "required").max(300, "too_long"),
  authors: authorsSchema,
  abstract: z.string().trim().max(3000, "too_long").default(""),
  body: z.string().max(50_000, "too_long").default("").transform(splitSections),
  roundCode: z.union([z.literal("").transform(() => undefined), roundCodeSchema]).optional(),
  figures: z.array(figureSchema).max(30, "too_long").default([]),
  includeDataset: z.boolean().default(false),
  licence: z.enum(LICENCES, "invalid").default("CC-BY-4.0"),
});
export type PublicationDraft = z.output<typeof publicationDraftSchema>;

export const slugSchema = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug").min(3, "slug").max(80, "slug");
