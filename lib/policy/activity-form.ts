import { z } from "zod";
import { parseLocaleNumber } from "@/lib/import/numbers";

export const PROGRAMME_KINDS = ["training", "equipment", "mentoring", "capital", "marketing", "permit_facilitation"] as const;
export type ProgrammeKindCode = (typeof PROGRAMME_KINDS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date between 2000 and 2100, written YYYY-MM-DD (what <input type=date> sends). */
export function isActivityDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  const year = Number(v.slice(0, 4));
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && year >= 2000 && year <= 2100;
}

/** Rupiah as typed: "Rp 1.250.000", "1250000", "1.250.000,-"; whole and not negative. */
export function parseRupiah(text: string): number | null {
  const n = parseLocaleNumber(text, { rupiah: true });
  return n !== null && Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? n : null;
}

/** One home-industry programme activity given to a cluster; messages are keys under `validation.`. */
export const activityFormSchema = z.object({
  clusterId: z.coerce.number("activity.cluster").int("activity.cluster").positive("activity.cluster"),
  kind: z.enum(PROGRAMME_KINDS, "activity.kind"),
  date: z.string("activity.date").trim().refine(isActivityDate, "activity.date"),
  budget: z
    .string("activity.budget")
    .transform((v, ctx) => {
      const n = parseRupiah(v);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: "activity.budget" });
        return z.NEVER;
      }
      return n;
    }),
  provider: z
    .string("activity.provider")
    .trim()
    .min(1, "activity.provider")
    .max(200, "activity.provider")
    .refine((v) => !/^[=+\-@]/.test(v), "formula_start"),
});

export type ActivityFormInput = z.output<typeof activityFormSchema>;
