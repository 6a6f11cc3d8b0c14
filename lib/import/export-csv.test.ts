import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS, type FieldDef, type RespondentRecord } from "@/lib/instrument/fields";
import { respondentSchema } from "@/lib/instrument/record-schema";
import { neutraliseFormula, respondentsToCsv } from "./export-csv";
import { readTable } from "./read-table";
import { parseRespondents } from "./respondents";
import { OPTIONS, RESPONDENT_ROW, VILLAGES, bytesOf, csvOf, tableOf } from "./test-helpers";

async function reimport(csv: string) {
  const table = await readTable(bytesOf(csv), "export.csv");
  if (!table.ok) throw new Error(table.error.text.en);
  return parseRespondents(table, OPTIONS);
}

async function validRecord(changes: Record<string, string> = {}): Promise<RespondentRecord> {
  const r = parseRespondents(await tableOf(csvOf([{ ...RESPONDENT_ROW, ...changes }])), OPTIONS);
  if (!r.rows[0]) throw new Error(JSON.stringify(r.errors));
  return r.rows[0].record;
}

describe("respondentsToCsv", () => {
  it("writes a BOM, the instrument's header in order, multi-selects joined by one space, blanks for null", async () => {
    const record = await validRecord({ age: "", supporting_institutions: "college government", hi_program_support: "" });
    const csv = respondentsToCsv([record]);
    expect(csv.startsWith("\uFEFFrespondent_id,village_code,cluster_code,gender,age,education,")).toBe(true);
    const [header, row] = csv.slice(1).split("\r\n");
    expect(header?.split(",")).toEqual(RESPONDENT_FIELDS.map((f) => f.name));
    expect(row).toContain("CT-001,18.01.16.2004,CANTI-KP,female,,junior_secondary,");
    expect(row).toContain(",college government,");
    expect(row?.endsWith(",no,")).toBe(true);
  });

  it.each([
    ["=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"],
    ["+62 812", "'+62 812"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["keripik", "keripik"],
    ["'=quoted", "''=quoted"],
    ["'plain", "'plain"],
  ])("neutralises %s as %s", (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it("neutralises formula-like cells; an id starting with '-' still imports back unchanged", async () => {
    const record = await validRecord({ respondent_id: "-A1" });
    const csv = respondentsToCsv([record, { ...record, respondent_id: "B", product: "=1+1" }]);
    expect(csv).toContain("\r\n'-A1,");
    expect(csv).toContain(",'=1+1,");
    const back = await reimport(csv);
    expect(back.rows.map((r) => r.record)).toEqual([record]);
    expect(back.rejected[0]?.errors[0]?.column).toBe("product");
  });

  it("round-trips text with quotes, delimiters, line breaks, markup and non-ASCII", async () => {
    const products = ["''=x", "'''+y", "'apostrof", 'keripik "super", pedas; manis', "baris satu\nbaris dua", "<script>alert(1)</script>", "kopi Lampung — robusta ☕"];
    const records = await Promise.all(products.map((product, i) => validRecord({ product, respondent_id: `P-${i}` })));
    const back = await reimport(respondentsToCsv(records));
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.rows.map((r) => r.record)).toEqual(records);
    expect(records.slice(0, 2).map((r) => r.product)).toEqual(["'=x", "''+y"]);
  });
});

/** Any record the importer could return, generated from the field definitions themselves. */
function arbitraryValue(f: FieldDef): fc.Arbitrary<unknown> {
  const codes = (f.codes ?? []).map((c) => c.code);
  const value: fc.Arbitrary<unknown> = (() => {
    switch (f.type) {
      case "id":
        return fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/).filter((s) => !/^\d{16}$/.test(s));
      case "village_code":
        return fc.constantFrom(...VILLAGES);
      case "code":
        return fc.constantFrom(...codes);
      case "multi":
        return fc.subarray(codes).map((xs) => [...xs].sort());
      case "text": {
        const typed = fc
          .string({ unit: "grapheme", minLength: 1, maxLength: f.maxLength ?? 120 })
          .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, "").trim())
          .filter((s) => s !== "" && !/^[=+\-@]/.test(s) && [...s].length <= (f.maxLength ?? 120));
        // apostrophes before formula characters exercise the export's guard
        return fc.oneof(typed, fc.constantFrom("'=x", "''-1", "'@a", "<b>&amp;</b>"));
      }
      default:
        return fc.integer({ min: f.min ?? 0, max: f.max ?? 1_000_000_000 });
    }
  })();
  return f.required || f.type === "multi" ? value : fc.option(value, { nil: null });
}

const arbitraryRecord = fc.record(
  Object.fromEntries(RESPONDENT_FIELDS.map((f) => [f.name, arbitraryValue(f)])),
) as unknown as fc.Arbitrary<RespondentRecord>;

describe("export → import round trip (property)", () => {
  it("gives back any valid records unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbitraryRecord, { selector: (r) => r.respondent_id, minLength: 1, maxLength: 8 }), async (records) => {
        for (const r of records) expect(respondentSchema.safeParse(r).success).toBe(true);
        const back = await reimport(respondentsToCsv(records));
        expect(back.errors).toEqual([]);
        expect(back.rows.map((r) => r.record)).toEqual(records);
      }),
      { numRuns: 150 },
    );
  });
});
