import { z } from "zod";

export const COMPARE_UNIT_TYPES = ["cluster", "village", "district", "regency"] as const;
export type CompareUnitType = (typeof COMPARE_UNIT_TYPES)[number];
export type UnitRef = { type: CompareUnitType; code: string };

export const MIN_UNITS = 2;
export const MAX_UNITS = 10;

const CODE = /^[A-Za-z0-9._-]{1,64}$/;

/** "village:18.01.16.2004" → { type, code }; null when it is not one. */
export function parseUnitRef(text: string): UnitRef | null {
  const at = text.indexOf(":");
  if (at < 0) return null;
  const type = text.slice(0, at);
  const code = text.slice(at + 1);
  return (COMPARE_UNIT_TYPES as readonly string[]).includes(type) && CODE.test(code) ? { type: type as CompareUnitType, code } : null;
}

export const unitRefKey = (u: UnitRef) => `${u.type}:${u.code}`;

/** The units of a comparison URL (?u=type:code repeated): valid ones, without repeats, at most MAX_UNITS. */
export function parseSelection(values: string | string[] | undefined): UnitRef[] {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const seen = new Set<string>();
  const out: UnitRef[] = [];
  for (const v of list) {
    const ref = parseUnitRef(v);
    if (!ref || seen.has(unitRefKey(ref))) continue;
    seen.add(unitRefKey(ref));
    out.push(ref);
  }
  return out.slice(0, MAX_UNITS);
}

/** Saving a comparison: a title and 2 to 10 units of one round. Messages are keys under `validation.`. */
export const saveComparisonSchema = z.object({
  title: z
    .string("compare.title")
    .trim()
    .min(1, "compare.title")
    .max(120, "compare.title")
    .refine((v) => !/^[=+\-@]/.test(v), "formula_start"),
  round: z.string("compare.round").trim().min(1, "compare.round").max(64, "compare.round"),
  units: z
    .union([z.string(), z.array(z.string())], "compare.units")
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().refine((s) => parseUnitRef(s) !== null, "compare.units")).min(MIN_UNITS, "compare.units").max(MAX_UNITS, "compare.units"))
    .transform((v) => parseSelection(v))
    .refine((v) => v.length >= MIN_UNITS, "compare.units"),
});
export type SaveComparisonInput = z.output<typeof saveComparisonSchema>;
