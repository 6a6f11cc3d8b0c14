import { z } from "zod";
import { PKTD_FIELDS, type FieldDef, type PktdRecord } from "@/lib/instrument/fields";
import { parseLocaleNumber } from "@/lib/import/numbers";

// Pure and free of server imports: the entry form runs this same schema in the browser as
// the official types, and the service runs it again on the server.

const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const FORMULA_START = /^[=+\-@]/;
// invisible characters other than tab and line break
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** A form field's text as the value the PKTD record holds, or the message key of what is wrong. */
export function parseFormValue(f: FieldDef, raw: string | undefined): { ok: true; value: string | number | null } | { ok: false; key: string } {
  const v = (raw ?? "").trim();
  if (v === "") return f.required ? { ok: false, key: "required" } : { ok: true, value: null };
  const wrong = { ok: false as const, key: `pktd.${f.name}` };
  switch (f.type) {
    case "village_code":
      return VILLAGE.test(v) ? { ok: true, value: v } : wrong;
    case "code":
      return (f.codes ?? []).some((c) => c.code === v) ? { ok: true, value: v } : wrong;
    case "text":
      if (FORMULA_START.test(v)) return { ok: false, key: "formula_start" };
      if (CONTROL.test(v) || [...v].length > (f.maxLength ?? 255)) return wrong;
      return { ok: true, value: v };
    default: {
      const n = parseLocaleNumber(v, { rupiah: f.type === "rupiah" });
      if (n === null || (f.type !== "number" && !Number.isInteger(n))) return wrong;
      if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) return wrong;
      return { ok: true, value: n };
    }
  }
}

/** Women are counted within the totals (instrument.md section 3). */
const NOT_ABOVE = [
  ["workers_women", "workers_total"],
  ["hok_women", "hok_total"],
] as const;

const fieldsShape = Object.fromEntries(
  PKTD_FIELDS.map((f) => [
    f.name,
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const r = parseFormValue(f, raw);
        if (r.ok) return r.value;
        ctx.addIssue({ code: "custom", message: r.key });
        return z.NEVER;
      }),
  ]),
);

/**
 * The PKTD entry form: every field of instrument.md section 3, written the Indonesian way
 * (Rp 1.250.000, 12,5), plus the version the official started from (0 = a new record).
 * Issue messages are keys under `validation.`.
 */
export const pktdFormSchema = z
  .object({ ...fieldsShape, expectedVersion: z.coerce.number().int().min(0).default(0) })
  .superRefine((v, ctx) => {
    const r = v as Record<string, unknown>;
    for (const [part, total] of NOT_ABOVE) {
      const a = r[part];
      const b = r[total];
      if (typeof a === "number" && typeof b === "number" && a > b) ctx.addIssue({ code: "custom", path: [part], message: "pktd.women_above_total" });
    }
  })
  .transform((v) => {
    const { expectedVersion, ...record } = v as Record<string, unknown> & { expectedVersion: number };
    return { record: record as PktdRecord, expectedVersion };
  });

export type PktdFormInput = z.output<typeof pktdFormSchema>;

/** What the rule checks can already read from a half-filled form: every field that parses. */
export function partialRecord(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of PKTD_FIELDS) {
    const r = parseFormValue(f, values[f.name]);
    out[f.name] = r.ok ? r.value : null;
  }
  return out;
}
