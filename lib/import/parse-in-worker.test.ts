import { describe, expect, it } from "vitest";
import { wideCsv } from "@/e2e/probes/bad-files";
import { parseInWorker } from "./parse-in-worker";
import { RESPONDENT_ROW, VILLAGES, bytesOf, csvOf } from "./test-helpers";

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
});
