import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { wideCsv } from "@/e2e/probes/bad-files";
import { parseFile } from "./parse-file";
import { parseInWorker } from "./parse-in-worker";
import { stagingText, withoutRecords } from "./staging-text";
import { RESPONDENT_ROW, VILLAGES, bytesOf, csvOf, rowsWith } from "./test-helpers";

describe("parseInWorker", () => {
  it("parses a file in a worker thread exactly as in this one", async () => {
    const parsed = await parseInWorker("respondents", "ok.csv", bytesOf(csvOf([RESPONDENT_ROW, { ...RESPONDENT_ROW, respondent_id: "X-2", value_added: "75%" }])), new Set(VILLAGES));
    expect(parsed.fileError).toBeUndefined();
    expect(parsed.rows.map((r) => r.record.respondent_id)).toEqual([RESPONDENT_ROW.respondent_id]);
    expect(parsed.rejected.map((r) => [r.line, r.errors[0]?.column])).toEqual([[3, "value_added"]]);
  }, 30_000);

  it("answers the budget's sentence for a line with a million columns, and the main thread stays free meanwhile", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const parsed = await parseInWorker("pktd", "wide.csv", wideCsv("village_code,year"), new Set(VILLAGES));
    clearInterval(timer);
    expect(parsed.fileError?.line).toBe(2);
    expect(parsed.fileError?.text.en).toContain("more than 300 columns");
    expect(ticks).toBeGreaterThan(0);
  }, 30_000);

  it("reads a workbook whole and stages its rows as it does a CSV's", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Responden");
    const rows = rowsWith(RESPONDENT_ROW, { ir_labour: "7" }, 4, 12);
    sheet.addRow(Object.keys(RESPONDENT_ROW));
    for (const r of rows) sheet.addRow(Object.values(r));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const whole = await parseFile("respondents", "r.xlsx", bytes, VILLAGES);
    const loaded: string[] = [];
    const batch = "1f0e3c9a-7b1d-4f6e-8a2b-5c4d3e2f1a0b";
    const parsed = await parseInWorker("respondents", "r.xlsx", bytes.slice(), VILLAGES, { stage: { batch, load: async (copy) => void loaded.push(new TextDecoder().decode(copy)) } });
    expect(whole.rows).toHaveLength(11);
    expect(parsed).toEqual(withoutRecords(whole, batch));
    expect(loaded.join("")).toBe(stagingText(batch, whole.rows).join(""));
  }, 30_000);

  it("answers a failed load with its error, after loading nothing more", async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ ...RESPONDENT_ROW, respondent_id: `F-${i}` }));
    let loads = 0;
    const load = async () => {
      if (++loads === 2) throw new Error("the database went away");
    };
    await expect(parseInWorker("respondents", "f.csv", bytesOf(csvOf(rows)), VILLAGES, { stage: { batch: "9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d", load } })).rejects.toThrow("the database went away");
    expect(loads).toBe(2);
  }, 30_000);
});
