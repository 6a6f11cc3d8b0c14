import type { Locale } from "@/lib/i18n/config";
import { fieldByName, type FieldDef } from "./fields";

/** The question of a column in the user's language; the column name when it is not in the list. */
export function fieldLabel(fields: readonly FieldDef[], name: string, locale: Locale): string {
  return fieldByName(fields, name)?.label[locale] ?? name;
}

/** The label of one answer code ("female" → "Perempuan"); the code itself when it is not known. */
export function codeLabel(fields: readonly FieldDef[], name: string, code: string, locale: Locale): string {
  return fieldByName(fields, name)?.codes?.find((c) => c.code === code)?.label[locale] ?? code;
}
