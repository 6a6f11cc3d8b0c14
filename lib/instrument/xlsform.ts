import ExcelJS from "exceljs";
import { allowedValues } from "./allowed";
import { LIKERT, YES_NO } from "./codes";
import { RESPONDENT_FIELDS, type Bilingual, type CodeDef, type FieldDef } from "./fields";
import { GROUP_LABELS } from "./groups";

export const XLSFORM_ID = "ir_klaster_v1";
export const XLSFORM_VERSION = "1";
const ID = "Bahasa Indonesia (id)";
const EN = "English (en)";

// KoboToolbox / ODK record these without a question; the importer knows them as metadata.
const METADATA = ["start", "end", "today", "deviceid"];
const SURVEY_COLUMNS = [
  "type", "name", `label::${ID}`, `label::${EN}`, "required", "constraint", `constraint_message::${ID}`, `constraint_message::${EN}`,
];

/** One choice list per distinct code list: yes/no and Likert are shared, the rest are named after their field. */
function listName(f: FieldDef): string {
  if (f.type === "likert") return "likert";
  return f.codes === YES_NO ? "yes_no" : f.name;
}

function range(f: FieldDef): string[] {
  return [f.min !== undefined ? `. >= ${f.min}` : null, f.max !== undefined ? `. <= ${f.max}` : null].filter((c) => c !== null);
}

/** XLSForm type and constraint of a field; the same limits the importer checks. */
function question(f: FieldDef): { type: string; constraint: string } {
  switch (f.type) {
    case "id":
      return { type: "text", constraint: `regex(., '^[A-Za-z0-9._-]{1,${f.maxLength ?? 64}}$') and not(regex(., '^[0-9]{16}$'))` };
    case "village_code":
      return { type: "text", constraint: "regex(., '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$')" };
    case "code":
    case "likert":
      return { type: `select_one ${listName(f)}`, constraint: "" };
    case "multi":
      return { type: `select_multiple ${listName(f)}`, constraint: "" };
    case "integer":
    case "rupiah":
      return { type: "integer", constraint: range(f).join(" and ") };
    case "number":
      return { type: "decimal", constraint: range(f).join(" and ") };
    case "text":
      return { type: "text", constraint: `string-length(.) <= ${f.maxLength ?? 255} and not(regex(., '^[=+@-]'))` };
  }
}

function surveyRows(fields: readonly FieldDef[]): string[][] {
  const rows = METADATA.map((m) => [m, m]);
  const label = (b: Bilingual | undefined, name: string) => [b?.id ?? name, b?.en ?? name];
  // grouped in order of first appearance, so each group is one page of the form
  const groups = [...new Set(fields.map((f) => f.group))];
  for (const g of groups) {
    rows.push(["begin_group", g, ...label(GROUP_LABELS[g], g)]);
    for (const f of fields.filter((x) => x.group === g)) {
      const q = question(f);
      // a required multi-select may be empty (= none), so the form must not force an answer
      const required = f.required && f.type !== "multi" ? "yes" : "";
      const message = q.constraint ? allowedValues(f) : undefined;
      rows.push([q.type, f.name, f.label.id, f.label.en, required, q.constraint, message?.id ?? "", message?.en ?? ""]);
    }
    rows.push(["end_group", g]);
  }
  return rows;
}

function choiceRows(fields: readonly FieldDef[]): string[][] {
  const lists = new Map<string, readonly CodeDef[]>();
  for (const f of fields) {
    const codes = f.type === "likert" ? LIKERT : f.codes;
    if (codes && !lists.has(listName(f))) lists.set(listName(f), codes);
  }
  return [...lists].flatMap(([list, codes]) => codes.map((c) => [list, c.code, c.label.id, c.label.en]));
}

/** The respondents questionnaire as an XLSForm for KoboToolbox / ODK Collect. */
export async function buildXlsForm(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("survey").addRows([SURVEY_COLUMNS, ...surveyRows(RESPONDENT_FIELDS)]);
  workbook.addWorksheet("choices").addRows([["list_name", "name", `label::${ID}`, `label::${EN}`], ...choiceRows(RESPONDENT_FIELDS)]);
  workbook.addWorksheet("settings").addRows([
    ["form_title", "form_id", "version", "default_language"],
    ["Survei Industri Rumahan dan Klaster (instrumen v1)", XLSFORM_ID, XLSFORM_VERSION, ID],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
