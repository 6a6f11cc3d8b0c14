import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "./read-table";
import { bytesOf, expectMessage, type Want } from "./test-helpers";

const read = (input: string | Uint8Array, name = "data.csv") => readTable(typeof input === "string" ? bytesOf(input) : input, name);
const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

async function xlsx(rows: ExcelJS.CellValue[][], fill?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("data");
  rows.forEach((r, i) => (sheet.getRow(i + 1).values = r));
  fill?.(sheet);
  workbook.addWorksheet("second").addRow(["ignored"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readTable: CSV", () => {
  it.each([
    ["commas", "a,b\n1,2\n"],
    ["semicolons", "a;b\n1;2\n"],
    ["a UTF-8 BOM and CRLF", "\uFEFFa;b\r\n1;2\r\n"],
    ["quoted cells", '"a","b"\n"1","2"'],
  ])("reads %s", async (_, text) => {
    expect(await read(text)).toEqual({ ok: true, header: ["a", "b"], rows: [{ line: 2, cells: ["1", "2"] }], headerLine: 1 });
  });

  it("detects the delimiter from the header line only", async () => {
    const r = await read("a;b;c\n\"x, y, z\";2;3\n");
    expect(r.ok && r.rows[0]?.cells).toEqual(["x, y, z", "2", "3"]);
  });

  it("follows RFC 4180 quoting: doubled quotes, delimiters and line breaks inside quotes", async () => {
    const r = await read('a,b\n"say ""hi""","x,\ny"\n3,4\n');
    expect(r.ok && r.rows).toEqual([
      { line: 2, cells: ['say "hi"', "x,\ny"] },
      { line: 4, cells: ["3", "4"] },
    ]);
  });

  it("keeps a quote inside an unquoted cell as written", async () => {
    const r = await read('a,b\nkeripik 5",2\n');
    expect(r.ok && r.rows[0]?.cells).toEqual(['keripik 5"', "2"]);
  });

  it("skips blank lines and rows of empty cells, keeping the file's line numbers", async () => {
    const r = await read("a;b\n\n1;2\n;\n  ; \n3;4\n\n");
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([3, 6]);
  });

  it.each([
    ["an empty file", "", { id: "berkas kosong", en: "the file is empty" }],
    ["a file of blank lines", "\uFEFF\n \n;;\n", { id: "berkas kosong", en: "the file is empty" }],
    ["a header only", "a,b\n", { line: 1, id: "hanya berisi baris judul", en: "has a header row but no data rows" }],
    ["a header and blank rows", "\na,b\n,\n", { line: 2, id: "hanya berisi baris judul", en: "no data rows" }],
    ["a quote never closed", 'a,b\n"1,2\n3,4\n', { id: "tidak ditutup", en: "a quote (\") is never closed" }],
  ] as [string, string, Want][])("rejects %s", async (_, text, want) => {
    const r = await read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expectMessage(r.error, want);
  });

  it.each([
    ["binary junk", Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), {
      id: "'junk.csv' bukan berkas CSV atau XLSX",
      en: "'junk.csv' is not a CSV or XLSX file",
    }],
    ["a PDF", bytesOf("%PDF-1.7\n1 0 obj\n"), { id: "bukan berkas CSV atau XLSX", en: "is not a CSV or XLSX file" }],
    ["latin-1 text", latin1("a,b\nx,y\nDesa Pe\u00f1a,caf\u00e9\n"), {
      line: 3,
      id: 'simpan ulang sebagai "CSV UTF-8',
      en: 'the text is not UTF-8 (e.g. Windows-1252 / Latin-1 characters); save it again as "CSV UTF-8',
    }],
    ["UTF-16 text", Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]), { id: "UTF-16", en: 'save it again as "CSV UTF-8"' }],
    ["an old .xls workbook", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), {
      id: "Excel lama (.xls) tidak didukung",
      en: "the old Excel format (.xls) is not supported",
    }],
    ["a ZIP that is not a workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), {
      id: "tidak dapat dibaca sebagai XLSX",
      en: "'junk.csv' cannot be read as XLSX",
    }],
  ] as [string, Uint8Array, Want][])("rejects %s", async (_, bytes, want) => {
    const r = await read(bytes, "junk.csv");
    expect(r.ok).toBe(false);
    if (!r.ok) expectMessage(r.error, want);
  });
});

describe("readTable: XLSX", () => {
  it("reads the first sheet with the sheet's row numbers, cells as the text the user sees", async () => {
    const rows = [
      ["Respondent_ID", "age", "share", "product", "when", null],
      ["R-1", 45, 12.5, "keripik", new Date(Date.UTC(2024, 4, 14))],
      [],
      ["R-2", null, 1.125, { richText: [{ text: "bakso " }, { text: "ikan" }] }],
    ];
    const bytes = await xlsx(rows, (sheet) => {
      sheet.getCell("E4").value = { formula: "1+1", result: 2 };
    });
    expect(await read(bytes, "upload.bin")).toEqual({
      ok: true,
      header: ["Respondent_ID", "age", "share", "product", "when"],
      headerLine: 1,
      rows: [
        { line: 2, cells: ["R-1", "45", "12,5", "keripik", "2024-05-14"] },
        { line: 4, cells: ["R-2", "", "1,125", "bakso ikan", "2"] },
      ],
    });
  });

  it("finds a header below blank rows and reports a header-only sheet on its row", async () => {
    const r = await read(await xlsx([[], [], ["a", "b"]]));
    expect(r.ok).toBe(false);
    if (!r.ok) expectMessage(r.error, { line: 3, id: "hanya berisi baris judul", en: "no data rows" });
  });

  it("reports an empty sheet", async () => {
    const r = await read(await xlsx([]));
    if (!r.ok) expectMessage(r.error, { id: "berkas kosong", en: "the file is empty" });
    expect(r.ok).toBe(false);
  });
});
