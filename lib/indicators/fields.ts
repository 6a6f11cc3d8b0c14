import { GROUP_LABELS } from "@/lib/instrument/groups";
import { RESPONDENT_FIELDS, type Bilingual, type CodeDef } from "@/lib/instrument/fields";

/** One categorical question shown as a paper-style frequency table. */
export type IndicatorField = {
  name: string;
  group: string;
  label: Bilingual;
  codes: readonly CodeDef[];
  /** multi-select: each distinct combination is a row (the paper's Table 21) */
  multi: boolean;
  paperTable?: number;
  /** codes left out of the table while nobody gave them */
  hiddenWhenZero?: readonly string[];
};

/** The variables in the order the paper discusses them; the respondent profile comes last. */
export const VARIABLE_ORDER = ["kelembagaan", "aktivitas", "kinerja", "konektivitas", "modal_sosial", "kebijakan", "profil"] as const;
export type Variable = (typeof VARIABLE_ORDER)[number];

/** Derived from the six IR items (rubric.md section 2); the paper's Table 11. */
export const IR_CLASS_FIELD: IndicatorField = {
  name: "ir_class",
  group: "aktivitas",
  label: { id: "Kelas Industri Rumahan (IR)", en: "Home-industry (HI) class" },
  codes: [
    { code: "IR1", label: { id: "IR Pemula", en: "Beginner HI (HI 1)" } },
    { code: "IR2", label: { id: "IR Berkembang", en: "Developing HI (HI 2)" } },
    { code: "IR3", label: { id: "IR Maju", en: "Advanced HI (HI 3)" } },
    { code: "unclassified", label: { id: "Belum terklasifikasi (skor IR tidak lengkap)", en: "Unclassified (incomplete HI score)" } },
  ],
  multi: false,
  paperTable: 11,
  hiddenWhenZero: ["unclassified"],
};

/** The label of an empty multi-select answer. */
export const NONE_SELECTED: Bilingual = { id: "Tidak ada", en: "None" };

const instrumentFields: IndicatorField[] = RESPONDENT_FIELDS.filter((f) => f.type === "code" || f.type === "multi").map((f) => ({
  name: f.name,
  group: f.group,
  label: f.label,
  codes: f.codes ?? [],
  multi: f.type === "multi",
  paperTable: f.paperTable,
}));

/** Every categorical field of the respondents instrument, plus the IR class right after Table 10. */
export const INDICATOR_FIELDS: readonly IndicatorField[] = instrumentFields.flatMap((f) => (f.name === "business_category" ? [f, IR_CLASS_FIELD] : [f]));

export function indicatorField(name: string): IndicatorField | undefined {
  return INDICATOR_FIELDS.find((f) => f.name === name);
}

export type VariableGroup = { variable: Variable; label: Bilingual; fields: IndicatorField[] };

/** Fields grouped by variable, in VARIABLE_ORDER and instrument order; empty groups are dropped. */
export function groupByVariable(fields: readonly IndicatorField[] = INDICATOR_FIELDS): VariableGroup[] {
  return VARIABLE_ORDER.map((variable) => ({
    variable,
    label: GROUP_LABELS[variable] ?? { id: variable, en: variable },
    fields: fields.filter((f) => f.group === variable),
  })).filter((g) => g.fields.length > 0);
}
