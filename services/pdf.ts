import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import type { DbOrTx } from "@/db/client";
import { listBoundaries, listMapUnits } from "@/db/queries/map";
import type { Actor } from "@/lib/auth/permissions";
import type { BriefDocument, MapFigure } from "@/lib/briefs/document";
import { briefHtml, pdfHeaderFooter } from "@/lib/briefs/render-html";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { buildGeometry, type MapGeometry } from "@/lib/map/geometry";
import type { MultiPolygon, Polygon } from "geojson";

/** The brief's map geometry: the same boundaries and simplification as the map page. */
export async function briefGeometry(db: DbOrTx, actor: Actor, doc: BriefDocument): Promise<MapGeometry | null> {
  const fig = doc.sections.flatMap((s) => s.figures).find((f): f is MapFigure => f.kind === "map");
  if (!fig) return null;
  const units = await listMapUnits(db, actor, fig.level, fig.unitLevel);
  const boundaries = await listBoundaries(db, units.map((u) => u.code));
  return buildGeometry(
    units.map((u) => ({
      code: u.code,
      group: u.parentCode ?? "",
      geometry: (boundaries.get(u.code) as Polygon | MultiPolygon | undefined) ?? null,
      centroid: u.centroidLat === null || u.centroidLng === null ? null : [u.centroidLng, u.centroidLat],
    })),
    [],
  );
}

export const PDF_TIMEOUT_MS = 20_000;

type PdfOptions = { timeoutMs?: number; executablePath?: string };

/**
 * Prints one standalone HTML page to an A4 PDF with Chromium, offline (every request but data:
 * URLs is aborted). Fails with a clear error (no Chromium, timeout, crash) and never hangs: the
 * browser is closed whatever happens.
 */
export async function renderHtmlPdf(html: string, headerFooter: { header: string; footer: string }, opts: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = opts.executablePath ?? getEnv().chromiumPath;
  if (!existsSync(/* turbopackIgnore: true */ executablePath)) throw new AppError("internal", "brief_pdf_unavailable");
  const timeoutMs = opts.timeoutMs ?? PDF_TIMEOUT_MS;
  let browser: Browser | null = null;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const work = (async () => {
    const launched = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"], timeout: timeoutMs });
    browser = launched;
    // the request already gave up: do not leave this browser running
    if (finished) await launched.close();
    const page = await launched.newPage();
    // nothing outside the document: no network at all while rendering
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load", timeout: timeoutMs });
    return new Uint8Array(
      await page.pdf({ format: "A4", printBackground: true, displayHeaderFooter: true, headerTemplate: headerFooter.header, footerTemplate: headerFooter.footer, margin: { top: "22mm", bottom: "20mm", left: "18mm", right: "18mm" } }),
    );
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("internal", "brief_pdf_timeout")), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (e) {
    if (e instanceof AppError) throw e;
    console.error("pdf failed", e);
    throw new AppError("internal", "brief_pdf_failed");
  } finally {
    finished = true;
    clearTimeout(timer);
    work.catch(() => {});
    await (browser as Browser | null)?.close().catch(() => {});
  }
}

/** The brief as an A4 PDF: its print page with round, rubric and page numbers on every page. */
export async function renderBriefPdf(
  doc: BriefDocument,
  opts: { date: string; geometry: MapGeometry | null; version: number; status: string } & PdfOptions,
): Promise<Uint8Array> {
  return renderHtmlPdf(briefHtml(doc, opts), pdfHeaderFooter(doc), opts);
}
