import { z } from "zod";
import { combinationCode } from "@/lib/scoring/frequency";
import { irClassOf, type IrClassCutoffs } from "@/lib/scoring/ir-class";
import { INDICATOR_FIELDS, type IndicatorField } from "./fields";

/**
 * What the indicator tables need of a set of respondents, without the respondents: per field,
 * each answer given with how many gave it (a multi-select's distinct codes, sorted and
 * space-joined: its combination). Counts of disjoint sets add up, so a regency's counts are
 * stored when it is scored and a page sums those of the regencies it shows.
 */
export type AnswerCounts = {
  respondents: number;
  /** field → answer (or combination) → respondents */
  fields: Record<string, Record<string, number>>;
  /** multi-select fields: combination → respondents who gave it as a list (the option tables count only lists) */
  lists: Record<string, Record<string, number>>;
};

const countTable = z.record(z.string(), z.record(z.string(), z.number().int().nonnegative()));
/** Stored counts are read through this, never cast. */
export const answerCountsSchema = z.object({ respondents: z.number().int().nonnegative(), fields: countTable, lists: countTable });

export const emptyAnswerCounts = (): AnswerCounts => ({ respondents: 0, fields: {}, lists: {} });

function bump(table: Record<string, Record<string, number>>, field: string, code: string, by = 1) {
  const counts = (table[field] ??= {});
  counts[code] = (counts[code] ?? 0) + by;
}

/** One pass over the answers. With `irClasses` the IR class is derived by the round's rubric, as the tables show it. */
export function countAnswers(records: readonly Readonly<Record<string, unknown>>[], fields: readonly IndicatorField[] = INDICATOR_FIELDS, irClasses?: IrClassCutoffs): AnswerCounts {
  const counts = emptyAnswerCounts();
  counts.respondents = records.length;
  for (const r of records) {
    for (const f of fields) {
      const v = f.name === "ir_class" && irClasses ? irClassOf(r, irClasses) : r[f.name];
      if (v === null || v === undefined || v === "") continue;
      if (Array.isArray(v)) {
        const code = combinationCode(v as string[]);
        bump(counts.fields, f.name, code);
        bump(counts.lists, f.name, code);
      } else bump(counts.fields, f.name, String(v));
    }
  }
  return counts;
}

export function addAnswerCounts(parts: readonly AnswerCounts[]): AnswerCounts {
  const sum = emptyAnswerCounts();
  for (const p of parts) {
    sum.respondents += p.respondents;
    for (const [field, codes] of Object.entries(p.fields)) for (const [code, n] of Object.entries(codes)) bump(sum.fields, field, code, n);
    for (const [field, codes] of Object.entries(p.lists)) for (const [code, n] of Object.entries(codes)) bump(sum.lists, field, code, n);
  }
  return sum;
}
