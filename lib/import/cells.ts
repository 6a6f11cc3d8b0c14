import type { Bilingual, FieldDef } from "@/lib/instrument/fields";
import { levelOfCode } from "@/lib/regions/admin-units";
import { cellText } from "./cell-texts";
import { parseLocaleNumber } from "./numbers";

export type CellContext = { isKnownVillage: (code: string) => boolean };
export type CellResult = { ok: true; value: string | string[] | number | null } | { ok: false; text: Bilingual };

const ID_CHARS = /^[A-Za-z0-9._-]+$/;
const FORMULA_START = /^[=+\-@]/;
// invisible characters other than tab and line break: they break CSV files and searches
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const MULTI_SEPARATORS = /[\s;|]+/;

const ok = (value: string | string[] | number | null): CellResult => ({ ok: true, value });
const fail = (text: Bilingual): CellResult => ({ ok: false, text });

/**
 * The cell as the user meant it: trimmed, line breaks as "\n", and without the apostrophe our
 * own CSV export puts before a leading = + - @ (formula guard), so an export imports back unchanged.
 */
export function cleanCell(raw: string): string {
  const t = raw.includes("\r") ? raw.trim().replace(/\r\n?/g, "\n") : raw.trim();
  return t.startsWith("'") && /^'+\s*[=+\-@]/.test(t) ? t.slice(1).trim() : t;
}

// code lookups run for every cell of every row: one Set per code list
const codeSets = new WeakMap<FieldDef, Set<string>>();
function isCode(f: FieldDef, code: string): boolean {
  let set = codeSets.get(f);
  if (!set) codeSets.set(f, (set = new Set((f.codes ?? []).map((c) => c.code))));
  return set.has(code);
}

function parseCode(f: FieldDef, v: string): CellResult {
  const code = v.toLowerCase();
  return isCode(f, code) ? ok(code) : fail(cellText.notACode(f, v));
}

function parseMulti(f: FieldDef, v: string): CellResult {
  const values = v.split(MULTI_SEPARATORS).filter((x) => x !== "");
  const bad = values.filter((x) => !isCode(f, x.toLowerCase()));
  if (bad.length > 0) return fail(cellText.notCodes(f, bad));
  return ok([...new Set(values.map((x) => x.toLowerCase()))].sort());
}

function parseId(f: FieldDef, v: string): CellResult {
  if (!ID_CHARS.test(v) || v.length > (f.maxLength ?? 64)) return fail(cellText.badId(f, v));
  // ids are pseudonyms; a 16-digit number is almost surely a NIK (national id number)
  if (/^\d{16}$/.test(v)) return fail(cellText.looksLikeNik(v));
  return ok(v);
}

function parseVillage(f: FieldDef, v: string, ctx: CellContext): CellResult {
  if (levelOfCode(v) !== "village") return fail(cellText.badVillageShape(f, v));
  return ctx.isKnownVillage(v) ? ok(v) : fail(cellText.unknownVillage(v));
}

function parseNumeric(f: FieldDef, v: string): CellResult {
  const n = parseLocaleNumber(v, { rupiah: f.type === "rupiah" });
  if (n === null) return fail(cellText.notANumber(f, v));
  if (f.type !== "number" && !Number.isInteger(n)) return fail(cellText.notWhole(f, v));
  if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) return fail(cellText.outOfRange(f, v));
  return ok(n);
}

function parseText(f: FieldDef, v: string): CellResult {
  const start = FORMULA_START.exec(v);
  if (start) return fail(cellText.formula(v, start[0]));
  if (CONTROL.test(v)) return fail(cellText.controlCharacter(f));
  const length = [...v].length;
  if (f.maxLength !== undefined && length > f.maxLength) return fail(cellText.tooLong(f, length));
  // kept verbatim, markup included: the portal escapes text when it shows it
  return ok(v);
}

type Parse = (f: FieldDef, v: string, ctx: CellContext) => CellResult;

const BY_TYPE: Record<FieldDef["type"], Parse> = {
  code: parseCode,
  multi: parseMulti,
  id: parseId,
  village_code: parseVillage,
  text: parseText,
  integer: parseNumeric,
  likert: parseNumeric,
  number: parseNumeric,
  rupiah: parseNumeric,
};

/** One cell of a column checked against its field definition. */
export function parseCell(f: FieldDef, raw: string, ctx: CellContext): CellResult {
  return cellParser(f, ctx)(raw);
}

/** parseCell for one field, with what does not depend on the cell looked up once (a file checks it on every row). */
export function cellParser(f: FieldDef, ctx: CellContext): (raw: string) => CellResult {
  const parse = BY_TYPE[f.type];
  const empty = f.type === "multi" ? null : f.required ? fail(cellText.requiredEmpty(f)) : ok(null);
  return (raw) => {
    const v = cleanCell(raw);
    if (v === "") return empty ?? ok([]);
    return parse(f, v, ctx);
  };
}
