import { describe, expect, it } from "vitest";
import { BUDGET } from "./budgets";
import { parseFile } from "./parse-file";
import { stagingText, withoutRecords } from "./staging-text";
import { RESPONDENT_ROW, VILLAGES, bytesOf, csvOf } from "./test-helpers";
import { parseUploadStream, type UploadChunk } from "./upload-stream";

const BATCH = "6b1e2b4c-1d7a-4c44-9a51-0d6f3c2a9e11";

/** 1,200 respondent rows (about 600 KB): cells with quotes, backslashes, tabs and line breaks, some rows invalid */
function varied(): Uint8Array {
  const rows = Array.from({ length: 1200 }, (_, i) => ({
    ...RESPONDENT_ROW,
    respondent_id: `V-${i}`,
    village_code: ["18.01.16.2004", "18.01.16.2009", "18.01.16.2016"][i % 3]!,
    cluster_code: i % 5 === 0 ? "" : `CL-${i % 4}`,
    product: ['kue "lapis"', "keripik\\pisang", "tab\there", "dua\nbaris", "tiga\r\nbaris\nini", "ñ émping 漢字", "plain"][i % 7]!,
    age: i % 97 === 3 ? "umur" : String(20 + (i % 50)),
    hi_program_support: i % 11 === 0 ? "" : "training capital",
  }));
  return bytesOf(csvOf(rows));
}

function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function stream(bytes: Uint8Array, { size = 1000, rowsPerChunk = 100, budget = BUDGET, staged = true } = {}) {
  const stage = staged ? BATCH : undefined;
  const sent: UploadChunk[] = [];
  const parsed = await parseUploadStream({ kind: "respondents", fileName: "v.csv", chunks: pieces(bytes, size), knownVillages: VILLAGES, budget, stage }, async (c) => void sent.push(c), rowsPerChunk);
  return { parsed, sent, rows: sent.flatMap((c) => c.rows), copy: sent.map((c) => new TextDecoder().decode(c.copy)).join("") };
}

describe("parseUploadStream", () => {
  it("stages exactly the COPY text stagingText writes for the file, in chunks, and keeps the rows withoutRecords keeps", async () => {
    const bytes = varied();
    const whole = await parseFile("respondents", "v.csv", bytes, VILLAGES);
    expect(whole.rows.length).toBeGreaterThan(1000);
    expect(whole.rejected.length).toBeGreaterThan(0);
    const { parsed, sent, rows, copy } = await stream(bytes, { size: 777, rowsPerChunk: 100 });
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.every((c) => c.rows.length <= 100)).toBe(true);
    expect(copy).toBe(stagingText(BATCH, whole.rows).join(""));
    const kept = withoutRecords(whole, BATCH);
    expect({ ...parsed, rows }).toEqual(kept);
  });

  it("gives whole records with their hash without a staging batch, as parseFile does", async () => {
    const bytes = varied();
    const { parsed, rows, copy } = await stream(bytes, { staged: false });
    expect(copy).toBe("");
    expect({ ...parsed, rows }).toEqual(await parseFile("respondents", "v.csv", bytes, VILLAGES));
  });

  it("numbers rows by the line they start on when quoted cells span lines and pieces", async () => {
    const bytes = varied();
    const whole = await parseFile("respondents", "v.csv", bytes, VILLAGES);
    for (const size of [7, 4096]) {
      const { parsed, rows } = await stream(bytes, { size, staged: false });
      expect(rows.map((r) => r.line)).toEqual(whole.rows.map((r) => r.line));
      expect(parsed.rejected.map((r) => r.line)).toEqual(whole.rejected.map((r) => r.line));
    }
    // the 4th row ("dua\nbaris", rejected for its age) and the 5th ("tiga\r\nbaris\nini") take 2 and 3 lines
    expect(whole.rejected[0]).toMatchObject({ line: 5, cells: { respondent_id: "V-3", product: "dua\nbaris" } });
    expect(whole.rows.slice(3, 6).map((r) => [r.line, r.record.product])).toEqual([
      [7, "tiga\nbaris\nini"],
      [10, "ñ émping 漢字"],
      [11, "plain"],
    ]);
  });

  it("stops sending once the file turns out wrong after some chunks, and answers the file's error without a batch", async () => {
    const bytes = Buffer.concat([varied(), bytesOf(`${"x,".repeat(400)}x\n`)]);
    const { parsed, sent } = await stream(bytes, { size: 4096, rowsPerChunk: 100 });
    expect(sent.length).toBeGreaterThan(0);
    expect(parsed.staged).toBeUndefined();
    expect(parsed.fileError?.text.en).toContain("more than 300 columns");
    expect(parsed.fileError?.line).toBe((await parseFile("respondents", "v.csv", bytes, VILLAGES)).fileError?.line);
  });
});
