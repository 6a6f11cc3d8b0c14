import type { FieldDef } from "@/lib/instrument/fields";

export type DictionaryEntry = {
  field: string;
  label_id: string;
  label_en: string;
  type: string;
  /** "code = label id / label en", one per allowed code, joined by " | " */
  codes: string;
  range: string;
};

/** The data dictionary of a field list (the anonymised dataset's, generated from the instrument). */
export function dataDictionary(fields: readonly FieldDef[]): DictionaryEntry[] {
  return fields.map((f) => ({
    field: f.name,
    label_id: f.label.id,
    label_en: f.label.en,
    type: f.type,
    codes: (f.codes ?? []).map((c) => `${c.code} = ${c.label.id} / ${c.label.en}`).join(" | "),
    range: f.min !== undefined || f.max !== undefined ? `${f.min ?? ""}-${f.max ?? ""}` : "",
  }));
}

/** The dictionary's own columns, so it goes through the same CSV writer as the dataset. */
export const DICTIONARY_FIELDS: readonly FieldDef[] = (["field", "label_id", "label_en", "type", "codes", "range"] as const).map((name) => ({
  name,
  type: "text",
  required: true,
  group: "dictionary",
  label: { id: name, en: name },
}));
