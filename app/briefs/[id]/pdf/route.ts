import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { briefGeometry, renderBriefPdf } from "@/services/pdf";
import { loadBriefForDownload } from "../load";

export const dynamic = "force-dynamic";

/** The PDF of one version, made on request; a failure answers with a sentence, the brief untouched. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const b = await loadBriefForDownload((await params).id, new URL(request.url).searchParams.get("v"));
  if (b === "signed_out") return new Response("Unauthorized", { status: 401 });
  const t = await getTranslations("errors");
  if (!b) return new Response(t("not_found"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const pdf = await renderBriefPdf(b.doc, { date: b.date, geometry: await briefGeometry(b.db, b.user, b.doc), version: b.version, status: b.brief.status });
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${b.file}.pdf"`, "cache-control": "private, no-store" },
    });
  } catch (e) {
    const key = e instanceof AppError && e.messageKey ? e.messageKey : "brief_pdf_failed";
    return new Response(t(key), { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
