import { z } from "zod";
import { isRegionCode } from "@/lib/regions/admin-units";

/** A calendar date (no 30 February) between 1900 and 2100, as YYYY-MM-DD: anything else would fail in the database. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && v >= "1900-01-01" && v <= "2100-12-31";
  }, "date");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : undefined));

/** Messages are keys under `validation.`. */
export const roundCodeSchema = z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, "round_code");

/** The fields of a new survey round (import form and CLI). */
export const newRoundSchema = z
  .object({
    code: roundCodeSchema,
    name: z.string().trim().min(1, "required").max(200, "too_long"),
    periodStart: isoDate.optional().or(z.literal("").transform(() => undefined)),
    periodEnd: isoDate.optional().or(z.literal("").transform(() => undefined)),
    regionCode: optionalText(20).pipe(z.string().refine(isRegionCode, "region_any").optional()),
    source: z.string().trim().min(1, "required").max(500, "too_long"),
    licence: z.string().trim().min(1, "required").max(200, "too_long"),
    rubricVersion: z.literal("rubrik-2019-v1", "rubric"),
  })
  .refine((r) => !r.periodStart || !r.periodEnd || r.periodStart <= r.periodEnd, { path: ["periodEnd"], message: "period_order" });

export type NewRoundInput = z.output<typeof newRoundSchema>;
