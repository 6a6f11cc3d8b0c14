import { describe, expect, it } from "vitest";
import { buildBrief } from "@/lib/briefs/build";
import { AppError } from "@/lib/errors";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { scoreUnit } from "@/lib/scoring/score-unit";
import { BASE } from "@/lib/scoring/test-fixtures";
import { renderBriefPdf } from "./pdf";

const doc = buildBrief({
  lang: "id",
  unit: { type: "cluster", code: "C1", name: "Sentra Uji", place: "Canti" },
  round: { code: "R-2019", name: "Uji", periodStart: null, periodEnd: null, origin: "survey", provenance: null },
  rubric: RUBRIC_V1,
  score: scoreUnit(RUBRIC_V1, Array.from({ length: 12 }, () => BASE)),
  policySupport: null,
  gender: { women: 12, known: 12 },
  villageNames: {},
  author: "Uji",
  generatedAt: "2026-11-30T03:00:00Z",
  map: null,
});
const opts = { date: "30 November 2026", geometry: null, version: 1, status: "draft" };
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e.messageKey : String(e)));

describe("brief PDF", () => {
  it("renders an A4 PDF with Chromium", async () => {
    const pdf = await renderBriefPdf(doc, opts);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  it("says clearly when Chromium is missing", async () => {
    expect(await failure(renderBriefPdf(doc, { ...opts, executablePath: "/nonexistent/chromium" }))).toBe("brief_pdf_unavailable");
  });

  it("gives up after its timeout instead of hanging the request", async () => {
    const started = Date.now();
    expect(await failure(renderBriefPdf(doc, { ...opts, timeoutMs: 50 }))).toBe("brief_pdf_timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
