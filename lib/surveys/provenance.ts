import type { Bilingual } from "@/lib/instrument/fields";

/** What a seeded or reconstructed round records about where its numbers come from. */
export type RoundProvenance = {
  method: Bilingual;
  reconstructedFields: string[];
  illustrativeFields: string[];
  assumptions: Bilingual[];
  tables: { no: number; title: string; field: string; issues: string[] }[];
};
