/** Text shown to people, in Bahasa Indonesia (default) and English. */
export type Bilingual = { id: string; en: string };

export type FieldType = "id" | "village_code" | "code" | "multi" | "integer" | "likert" | "text" | "rupiah" | "number";

export type CodeDef = { code: string; label: Bilingual };

export type FieldDef = {
  /** column name in files, XLSForm `name`, record property */
  name: string;
  type: FieldType;
  /** the column must be present; a required multi-select cell may still be empty (= none) */
  required: boolean;
  label: Bilingual;
  codes?: readonly CodeDef[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** XLSForm group (and KoboToolbox export prefix) */
  group: string;
  /** table number of the 2019 paper (instrument.md) */
  paperTable?: number;
};

type NumericType = "integer" | "likert" | "rupiah" | "number";

/** The value a validated cell holds: optional fields may be null (blank means unknown, never 0). */
type ValueOf<F extends FieldDef> = F extends { type: "multi" }
  ? string[]
  : (F extends { type: NumericType } ? number : string) | (F extends { required: true } ? never : null);

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** One property per field, typed from the definition itself so the two cannot drift apart. */
export type RecordOf<Fields extends readonly FieldDef[]> = Simplify<{
  -readonly [F in Fields[number] as F["name"]]: ValueOf<F>;
}>;
