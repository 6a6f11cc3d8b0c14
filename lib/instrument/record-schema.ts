import { z } from "zod";
import { levelOfCode } from "@/lib/regions/admin-units";
import type { FieldDef } from "./field-types";
import { CLUSTER_FIELDS, PKTD_FIELDS, RESPONDENT_FIELDS, type ClusterRecord, type PktdRecord, type RespondentRecord } from "./fields";

const ID = /^[A-Za-z0-9._-]+$/;

function bounded(f: FieldDef, n: z.ZodNumber): z.ZodNumber {
  const low = f.min !== undefined ? n.min(f.min) : n;
  return f.max !== undefined ? low.max(f.max) : low;
}

function valueSchema(f: FieldDef): z.ZodType {
  const codes = (f.codes ?? []).map((c) => c.code);
  switch (f.type) {
    case "id":
      return z.string().regex(ID).max(f.maxLength ?? 64);
    case "village_code":
      return z.string().refine((v) => levelOfCode(v) === "village");
    case "code":
      return z.string().refine((v) => codes.includes(v));
    case "multi":
      return z.array(z.string().refine((v) => codes.includes(v)));
    case "text":
      return z.string().min(1).max(f.maxLength ?? 255).refine((v) => !/^[=+\-@]/.test(v));
    case "number":
      return bounded(f, z.number());
    case "integer":
    case "likert":
    case "rupiah":
      return bounded(f, z.number().int());
  }
}

/**
 * A validated record (what the importer returns) as a zod schema, for records that arrive
 * another way: a form, an API, a stored JSON answer set.
 */
export function recordSchema(fields: readonly FieldDef[]): z.ZodObject {
  const shape = Object.fromEntries(
    fields.map((f) => [f.name, f.required || f.type === "multi" ? valueSchema(f) : valueSchema(f).nullable()]),
  );
  return z.strictObject(shape);
}

export const respondentSchema = recordSchema(RESPONDENT_FIELDS) as unknown as z.ZodType<RespondentRecord>;
export const clusterSchema = recordSchema(CLUSTER_FIELDS) as unknown as z.ZodType<ClusterRecord>;
export const pktdSchema = recordSchema(PKTD_FIELDS) as unknown as z.ZodType<PktdRecord>;
