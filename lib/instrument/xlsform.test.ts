import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable } from "@/lib/import/read-table";
import { parseRespondents } from "@/lib/import/respondents";
import { OPTIONS, RESPONDENT_ROW, bytesOf } from "@/lib/import/test-helpers";
import { RESPONDENT_FIELDS } from "./fields";
import { buildXlsForm } from "./xlsform";

type Sheet = Record<string, string>[];
const KOBO_METADATA = [
  "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags",
  "_index", "meta/instanceID", "formhub/uuid", "_xform_id_string", "_attachments", "_geolocation",
];
let sheets: Record<string, Sheet>;

/** Every sheet as objects keyed by its header row. */
async function readSheets(buffer: Buffer): Promise<Record<string, Sheet>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const result: Record<string, Sheet> = {};
  for (const ws of workbook.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? ""))));
    const [header = [], ...data] = rows;
    result[ws.name] = data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
  }
  return result;
}

const question = (name: string) => sheets.survey?.find((r) => r.name === name);

beforeAll(async () => {
  sheets = await readSheets(await buildXlsForm());
});

describe("buildXlsForm", () => {
  it("has the survey, choices and settings sheets with bilingual label columns", () => {
    expect(Object.keys(sheets)).toEqual(["survey", "choices", "settings"]);
    const columns = ["type", "name", "label::Bahasa Indonesia (id)", "label::English (en)", "required", "constraint"];
    expect(Object.keys(sheets.survey?.[0] ?? {})).toEqual(expect.arrayContaining(columns));
    expect(sheets.settings?.[0]).toMatchObject({ form_id: "ir_klaster_v1", default_language: "Bahasa Indonesia (id)" });
  });

  it("asks every respondent field, in groups that open and close", () => {
    const names = sheets.survey!.filter((r) => !["begin_group", "end_group", "start", "end", "today", "deviceid"].includes(r.type!)).map((r) => r.name);
    expect([...names].sort()).toEqual(RESPONDENT_FIELDS.map((f) => f.name).sort());
    const begins = sheets.survey!.filter((r) => r.type === "begin_group").map((r) => r.name);
    expect(begins).toEqual(["profil", "kelembagaan", "aktivitas", "ir", "kinerja", "konektivitas", "modal_sosial", "kebijakan"]);
    expect(sheets.survey!.filter((r) => r.type === "end_group").map((r) => r.name)).toEqual(begins);
  });

  it.each([
    ["supporting_institutions", "select_multiple supporting_institutions", "", ""],
    ["gender", "select_one gender", "yes", ""],
    ["cooperation", "select_one yes_no", "yes", ""],
    ["sc_trust_1", "select_one likert", "", ""],
    ["ir_capital", "integer", "yes", ". >= 0 and . <= 3"],
    ["age", "integer", "", ". >= 15 and . <= 99"],
    ["respondent_id", "text", "yes", "regex(., '^[A-Za-z0-9._-]{1,64}$') and not(regex(., '^[0-9]{16}$'))"],
    ["village_code", "text", "yes", "regex(., '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$')"],
    ["product", "text", "", "string-length(.) <= 120 and not(regex(., '^[=+@-]'))"],
  ])("asks %s as %s (required '%s', constraint %s)", (name, type, required, constraint) => {
    expect(question(name)).toMatchObject({ type, required, constraint });
  });

  it("explains each constraint in both languages", () => {
    expect(question("ir_capital")).toMatchObject({
      "constraint_message::Bahasa Indonesia (id)": "gunakan bilangan bulat 0 sampai 3",
      "constraint_message::English (en)": "use a whole number from 0 to 3",
    });
  });

  it("lists the choices of every list once, with both labels", () => {
    const choices = sheets.choices!;
    expect(choices.filter((c) => c.list_name === "supporting_institutions").map((c) => c.name)).toEqual(["government", "college", "bank", "business"]);
    expect(choices.filter((c) => c.list_name === "yes_no").map((c) => c["label::Bahasa Indonesia (id)"])).toEqual(["Ya", "Tidak"]);
    expect(choices.filter((c) => c.list_name === "likert")).toHaveLength(5);
    const used = new Set(sheets.survey!.flatMap((r) => /^select_(?:one|multiple) (\S+)$/.exec(r.type!)?.[1] ?? []));
    expect(new Set(choices.map((c) => c.list_name))).toEqual(used);
  });
});

describe("a KoboToolbox export of the form", () => {
  it("imports unchanged: group paths stripped, one-hot and metadata columns recognised", async () => {
    // what Kobo writes for this form: group paths, one 1/0 column per multi-select option, metadata
    const columns: { header: string; value: (row: Record<string, string>) => string }[] = [];
    const groups: string[] = [];
    for (const r of sheets.survey!) {
      if (r.type === "begin_group") groups.push(r.name!);
      else if (r.type === "end_group") groups.pop();
      else if (r.type === r.name) columns.push({ header: r.name!, value: () => "2024-05-14" });
      else {
        const header = [...groups, r.name].join("/");
        columns.push({ header, value: (row) => row[r.name!] ?? "" });
        const list = /^select_multiple (\S+)$/.exec(r.type!)?.[1];
        for (const c of sheets.choices!.filter((x) => list && x.list_name === list)) {
          columns.push({ header: `${header}/${c.name}`, value: (row) => (row[r.name!]!.split(" ").includes(c.name!) ? "1" : "0") });
        }
      }
    }
    for (const meta of KOBO_METADATA) columns.push({ header: meta, value: () => "x" });
    const rows = [RESPONDENT_ROW, { ...RESPONDENT_ROW, respondent_id: "CT-002", supporting_institutions: "", age: "" }];
    const csv = stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))], { delimiter: ";", quoted: true });
    const table = await readTable(bytesOf(csv), "kobo.csv");
    if (!table.ok) throw new Error(table.error.text.en);
    const r = parseRespondents(table, OPTIONS);
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.columns).toEqual(RESPONDENT_FIELDS.map((f) => f.name));
    expect(r.rows.map((x) => [x.record.respondent_id, x.record.age, x.record.supporting_institutions])).toEqual([
      ["CT-001", 45, ["college", "government"]],
      ["CT-002", null, []],
    ]);
  });
});
