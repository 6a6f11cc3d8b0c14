import { createHash } from "node:crypto";
import type { IndicatorTable } from "@/lib/indicators/tables";
import type { ScoresJson } from "@/lib/scoring/scores-json";
import type { BodySection } from "./publication-schema";

export type FrozenFigure =
  | { kind: "indicator"; field: string; tables: { id: IndicatorTable; en: IndicatorTable } }
  | { kind: "scores"; unit: "cluster" | "village" | "district" | "regency"; rows: ScoresJson[] };

/** Everything a published version shows, frozen at publication; pages read this and never recompute. */
export type PublishedSnapshot = {
  slug: string;
  version: number;
  title: string;
  authors: string[];
  abstract: string;
  body: BodySection[];
  figures: FrozenFigure[];
  round: { code: string; name: string; periodStart: string | null; periodEnd: string | null; rubricVersion: string; origin: string } | null;
  licence: string;
  citation: { apa: string; bibtex: string };
  dataset: { rows: number; columns: string[]; sha256: string; dictionarySha256: string } | null;
  publishedAt: string;
};

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256Hex(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}
