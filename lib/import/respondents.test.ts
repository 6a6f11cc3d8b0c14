import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatMessage } from "./messages";
import { readTable } from "./read-table";
import { parseRespondents } from "./respondents";
import { OPTIONS, RESPONDENT_ROW, csvOf, expectMessage, rowsWith, tableOf, type Want } from "./test-helpers";

const parse = async (rows: Record<string, string>[], delimiter: "," | ";" = ",") =>
  parseRespondents(await tableOf(csvOf(rows, delimiter)), OPTIONS);
const bad = (changes: Record<string, string>, line = 2) => rowsWith(RESPONDENT_ROW, changes, line);
const without = (...names: string[]) => [Object.fromEntries(Object.entries(RESPONDENT_ROW).filter(([k]) => !names.includes(k)))];
const long = (n: number) => "x".repeat(n);

describe("parseRespondents: a valid file", () => {
  it("reads every column into a typed record", async () => {
    const r = await parse([{ ...RESPONDENT_ROW }]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.line).toBe(2);
    expect(r.rows[0]?.record).toMatchObject({
      respondent_id: "CT-001", village_code: "18.01.16.2004", cluster_code: "CANTI-KP", gender: "female", age: 45,
      ir_continuity: 3, supporting_institutions: ["college", "government"], hi_program_support: ["capital", "training"],
      sc_norms_2: 3, product: "keripik pisang",
    });
    expect(r.columns[0]).toBe("respondent_id");
    expect(r.columns).toHaveLength(47);
  });

  it("reads blank optional cells as null, never 0, and an empty multi-select as none", async () => {
    const blanks = { age: "", education: "", cluster_code: "", product: "  ", sc_trust_1: "", supporting_institutions: "", hi_program_support: "" };
    const { rows, errors } = await parse([{ ...RESPONDENT_ROW, ...blanks }]);
    expect(errors).toEqual([]);
    expect(rows[0]?.record).toMatchObject({ age: null, education: null, cluster_code: null, product: null, sc_trust_1: null });
    expect(rows[0]?.record.supporting_institutions).toEqual([]);
    expect(rows[0]?.record.hi_program_support).toEqual([]);
  });

  it("matches headers and codes case-insensitively after trimming", async () => {
    const row = Object.fromEntries(Object.entries(RESPONDENT_ROW).map(([k, v]) => [` ${k.toUpperCase()} `, v]));
    const { rows, errors } = await parse([{ ...row, " GENDER ": " Female ", " VALUE_ADDED ": "GT75" }]);
    expect(errors).toEqual([]);
    expect(rows[0]?.record).toMatchObject({ gender: "female", value_added: "gt75" });
  });

  it.each([
    ["spaces", "bank  college"],
    ["semicolons", "bank;college"],
    ["bars", "college|bank"],
    ["mixed, repeated and upper-case", "COLLEGE; bank | college"],
  ])("splits multi-select cells on %s, sorted and distinct", async (_, cell) => {
    const { rows } = await parse([{ ...RESPONDENT_ROW, supporting_institutions: cell }]);
    expect(rows[0]?.record.supporting_institutions).toEqual(["bank", "college"]);
  });

  it("keeps <script> in text verbatim: it is escaped on output, not rejected", async () => {
    const product = `<script>alert("x")</script> & "keripik"`;
    const { rows, errors } = await parse([{ ...RESPONDENT_ROW, product }]);
    expect(errors).toEqual([]);
    expect(rows[0]?.record.product).toBe(product);
  });

  it.each([",", ";"] as const)("reads the %s delimiter", async (delimiter) => {
    const rows = rowsWith(RESPONDENT_ROW, { product: "keripik; pisang, manis" }, 3);
    const r = await parse(rows, delimiter);
    expect(r.rows.map((x) => x.record.product)).toEqual(["keripik pisang", "keripik; pisang, manis"]);
  });

  it("warns once per unknown column, suggesting a close name, and ignores it", async () => {
    const r = await parse([{ ...RESPONDENT_ROW, catatan: "x", gendr: "female" }]);
    expect(r.rows).toHaveLength(1);
    expect(r.warnings).toHaveLength(2);
    expectMessage(r.warnings[0], { line: 1, column: "catatan", id: "kolom tidak dikenal, diabaikan", en: "unknown column, ignored" });
    expectMessage(r.warnings[1], { line: 1, column: "gendr", id: "mungkin maksudnya gender?", en: "did you mean gender?" });
  });

  it("writes the contract's example message exactly", async () => {
    const r = await parse(bad({ value_added: "75%" }, 14));
    expect(r.rows).toHaveLength(12);
    expect(r.errors.map((e) => formatMessage(e, "id"))).toEqual([
      "baris 14, kolom value_added: '75%' bukan kode yang dikenal; gunakan lt25, 25to50, 50to75 atau gt75",
    ]);
    expect(formatMessage(r.errors[0]!, "en")).toBe(
      "line 14, column value_added: '75%' is not a known code; use lt25, 25to50, 50to75 or gt75",
    );
    expect(r.rejected[0]).toMatchObject({ line: 14, cells: { value_added: "75%", respondent_id: "R-13" } });
  });
});

const CELL_CASES: [string, Record<string, string>[], Want][] = [
  ["a wrong code", bad({ gender: "perempuan" }), {
    line: 2, column: "gender",
    id: "'perempuan' bukan kode yang dikenal; gunakan female atau male",
    en: "'perempuan' is not a known code; use female or male",
  }],
  ["an age out of range", bad({ age: "12" }), {
    line: 2, column: "age",
    id: "'12' di luar rentang; gunakan bilangan bulat 15 sampai 99",
    en: "'12' is out of range; use a whole number from 15 to 99",
  }],
  ["an age that is not a number", bad({ age: "empat puluh" }), { line: 2, column: "age", id: "bukan angka", en: "is not a number" }],
  ["an age with decimals", bad({ age: "45,5" }), {
    line: 2, column: "age",
    id: "'45,5' bukan bilangan bulat",
    en: "'45,5' is not a whole number",
  }],
  ["an IR item above 3", bad({ ir_capital: "4" }, 3), {
    line: 3, column: "ir_capital",
    id: "gunakan bilangan bulat 0 sampai 3",
    en: "use a whole number from 0 to 3",
  }],
  ["a blank required IR item", bad({ ir_market: "" }), {
    line: 2, column: "ir_market",
    id: "sel wajib ini kosong; gunakan bilangan bulat 0 sampai 3",
    en: "this required cell is empty",
  }],
  ["a blank required code", bad({ business_age: "" }), {
    line: 2, column: "business_age",
    id: "gunakan lt1, 1to2 atau gt2",
    en: "use lt1, 1to2 or gt2",
  }],
  ["a Likert answer of 6", bad({ sc_trust_1: "6" }), {
    line: 2, column: "sc_trust_1",
    id: "gunakan 1 (sangat tidak setuju) sampai 5 (sangat setuju)",
    en: "use 1 (strongly disagree) to 5 (strongly agree)",
  }],
  ["a name as respondent id", bad({ respondent_id: "Siti Aminah" }), {
    line: 2, column: "respondent_id",
    id: "'Siti Aminah' bukan ID yang sah",
    en: "letters, digits, '.', '_' or '-', no spaces",
  }],
  ["a 65-character id", bad({ respondent_id: long(65) }), {
    line: 2, column: "respondent_id",
    id: "gunakan 1-64 karakter",
    en: "use 1-64 characters",
  }],
  ["a NIK as respondent id", bad({ respondent_id: "3201234567890123" }), {
    line: 2, column: "respondent_id",
    id: "tampak seperti NIK",
    en: "never a NIK",
  }],
  ["a malformed village code", bad({ village_code: "18.1.16.2004" }), {
    line: 2, column: "village_code",
    id: "bukan kode desa Kemendagri; gunakan kode desa Kemendagri berbentuk PP.KK.DD.VVVV",
    en: "of the form PP.KK.DD.VVVV",
  }],
  ["an unknown village code", bad({ village_code: "18.01.16.9999" }), {
    line: 2, column: "village_code",
    id: "'18.01.16.9999' tidak ada dalam daftar wilayah",
    en: "is not in the list of admin units",
  }],
  ["a cluster code with a space", bad({ cluster_code: "KJ KERIPIK" }), {
    line: 2, column: "cluster_code",
    id: "'KJ KERIPIK' bukan ID yang sah",
    en: "is not a valid id",
  }],
  ["a bad multi-select value", bad({ supporting_institutions: "college bank_bri" }), {
    line: 2, column: "supporting_institutions",
    id: "'bank_bri' bukan kode yang dikenal; gunakan government, college, bank atau business",
    en: "'bank_bri' is not a known code; use government, college, bank or business",
  }],
  ["multi-select values split by commas", bad({ hi_program_support: "training,capital" }), {
    line: 2, column: "hi_program_support",
    id: "'training,capital' bukan kode",
    en: "separated by spaces",
  }],
  ["two bad multi-select values", bad({ hi_program_support: "modal alat" }), {
    line: 2, column: "hi_program_support",
    id: "'modal', 'alat' bukan kode yang dikenal",
    en: "'modal', 'alat' are not known codes",
  }],
  ["a HYPERLINK formula as product", bad({ product: '=HYPERLINK("http://x.example","klik")' }), {
    line: 2, column: "product",
    id: "diawali '=' sehingga bisa dijalankan sebagai rumus",
    en: "starts with '=' and could run as a spreadsheet formula",
  }],
  ["a product starting with +", bad({ product: "+62 812 0000" }), {
    line: 2, column: "product",
    id: "diawali '+'",
    en: "remove the leading '+'",
  }],
  ["a product starting with @", bad({ product: "@SUM(A1:A9)" }), { line: 2, column: "product", id: "diawali '@'", en: "starts with '@'" }],
  ["a product starting with -", bad({ product: "-2+3" }), { line: 2, column: "product", id: "diawali '-'", en: "starts with '-'" }],
  ["a product of 121 characters", bad({ product: long(121) }), {
    line: 2, column: "product",
    id: "teks terlalu panjang (121 karakter); gunakan teks paling banyak 120 karakter",
    en: "at most 120 characters",
  }],
  ["a control character in text", bad({ product: "keripik\u0007" }), {
    line: 2, column: "product",
    id: "karakter kendali",
    en: "invisible control character",
  }],
  ["a duplicate respondent id", [{ ...RESPONDENT_ROW }, { ...RESPONDENT_ROW, age: "50" }], {
    line: 3, column: "respondent_id",
    id: "respondent_id 'CT-001' sudah ada di baris 2",
    en: "already appears on line 2; each row needs a unique respondent_id",
  }],
  ["a row with more cells than the header", [], {
    line: 2,
    id: "baris ini punya 48 sel, sedangkan baris judul 47",
    en: "check the delimiter and the quotes",
  }],
];

describe("parseRespondents: rejected rows", () => {
  it.each(CELL_CASES)("rejects %s", async (_, rows, want) => {
    const table =
      rows.length > 0 ? await tableOf(csvOf(rows)) : await tableOf(csvOf([RESPONDENT_ROW]).replace(/\n$/, ",extra\n"));
    const r = parseRespondents(table, OPTIONS);
    expect(r.rejected).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expectMessage(r.errors[0], want);
    expect(r.rejected[0]?.errors).toEqual(r.errors);
  });

  it("reports every bad cell of a row, not only the first", async () => {
    const r = await parse(bad({ gender: "x", age: "200", value_added: "75%" }));
    expect(r.errors.map((e) => e.column)).toEqual(["gender", "age", "value_added"]);
  });
});

describe("parseRespondents: file-level errors", () => {
  it.each([
    ["a missing required column", without("gender"), {
      line: 1, column: "gender",
      id: "kolom wajib tidak ada: gender",
      en: "required column missing: gender",
    }],
    ["two missing columns", without("gender", "value_added"), {
      line: 1,
      id: "kolom wajib tidak ada: gender, value_added",
      en: "required columns missing: gender, value_added",
    }],
    ["a column given twice", [{ ...RESPONDENT_ROW, "profil/gender": "female" }], {
      line: 1, column: "gender",
      id: "muncul dua kali (kolom ke-4 dan ke-48)",
      en: "appears twice",
    }],
  ] as [string, Record<string, string>[], Want][])("rejects %s", async (_, rows, want) => {
    const r = await parse(rows);
    expectMessage(r.fileError, want);
    expect(r.errors).toEqual([r.fileError]);
    expect(r.rows).toEqual([]);
  });

  it("accepts a missing optional column as blank", async () => {
    const r = await parse(without("age", "hi_program_support"));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record).toMatchObject({ age: null, hi_program_support: [] });
  });
});

describe("the KoboToolbox sample export", () => {
  it("imports unchanged: six respondents of Kunjir, four in KJ-KERIPIK, no warnings", async () => {
    const file = readFileSync(path.join(__dirname, "../../../shared/data/samples/kobo-export-sample.csv"));
    const table = await readTable(new Uint8Array(file), "kobo-export-sample.csv");
    if (!table.ok) throw new Error(table.error.text.en);
    const r = parseRespondents(table, OPTIONS);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(r.rows.every((x) => x.record.village_code === "18.01.16.2009")).toBe(true);
    expect(r.rows.filter((x) => x.record.cluster_code === "KJ-KERIPIK")).toHaveLength(4);
    expect(r.rows[0]?.record).toMatchObject({ respondent_id: "KB-001", supporting_institutions: ["bank", "college"], hi_program_support: [] });
    expect(r.rows[3]?.record.hi_program_support).toEqual(["equipment", "mentoring", "permit_facilitation"]);
  });
});
