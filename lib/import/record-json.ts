import * as crypto from "node:crypto";
import type { FieldDef } from "@/lib/instrument/fields";

type Json = (v: unknown) => string;

const generic: Json = (v) => (v === null ? "null" : JSON.stringify(v));

/**
 * A field's parsed value as JSON.stringify writes it: a code list's codes are written once per
 * file, numbers without a call into JSON. Anything unexpected still goes through JSON.stringify.
 */
function valueJson(f: FieldDef): Json {
  const codes = new Map((f.codes ?? []).map((c) => [c.code, JSON.stringify(c.code)]));
  const code = (v: unknown) => (typeof v === "string" ? codes.get(v) : undefined) ?? generic(v);
  switch (f.type) {
    case "code":
      return code;
    case "multi":
      return (v) => (!Array.isArray(v) ? generic(v) : v.length === 0 ? "[]" : `[${v.map(code).join(",")}]`);
    case "integer":
    case "likert":
    case "number":
    case "rupiah":
      // JSON writes a finite number as String does (-0 as 0), any other as null
      return (v) => (typeof v !== "number" ? generic(v) : Number.isFinite(v) ? String(v) : "null");
    default:
      return generic;
  }
}

// one call instead of a Hash object per row, where the runtime has it (Node 20.12)
const sha256: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");

export type RecordJson = { json: string; hash: string };

/**
 * JSON text and recordHash (lib/surveys/plan.ts) of records of one field list, given as their
 * values in field order: the sorted key order is worked out once per file, and each value is
 * written to JSON once for both. Gives exactly `JSON.stringify(record)` and `recordHash(record)`
 * for a record with one property per field (none undefined).
 */
export function recordJsonWriter(fields: readonly FieldDef[]) {
  const keys = fields.map((f) => f.name);
  const json = fields.map(valueJson);
  const quoted = keys.map((k) => JSON.stringify(k));
  // recordHash sorts the keys as Array.prototype.sort does: by UTF-16 code units
  const sorted = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const pairs = sorted.map((i, k) => `${k === 0 ? "[" : ","}[${quoted[i]},`);
  const members = quoted.map((q, i) => `${i === 0 ? "{" : ","}${q}:`);
  const parts = new Array<string>(keys.length);

  const write = (values: readonly unknown[]) => {
    for (let i = 0; i < keys.length; i++) parts[i] = json[i]!(values[i]);
  };
  const hashOf = (): string => {
    // recordHash: the JSON of the [key, value] pairs in sorted key order
    let canonical = "";
    for (let k = 0; k < sorted.length; k++) canonical += `${pairs[k]}${parts[sorted[k]!]}]`;
    return sha256(sorted.length === 0 ? "[]" : `${canonical}]`);
  };
  return {
    /** the record's JSON and hash */
    write(values: readonly unknown[]): RecordJson {
      write(values);
      let text = "";
      for (let i = 0; i < keys.length; i++) text += `${members[i]}${parts[i]}`;
      return { json: keys.length === 0 ? "{}" : `${text}}`, hash: hashOf() };
    },
    hash(values: readonly unknown[]): string {
      write(values);
      return hashOf();
    },
  };
}
