import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { renderBriefPdf } from "@/services/pdf";
import { PUBLIC_CACHE_CONTROL } from "../../../cache";
import { getPublicBrief } from "../../load";

export const dynamic = "force-dynamic";

/** The PDF of a published brief as the public sees it (small counts hidden, no map); no sign-in. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("errors");
  const found = await getPublicBrief(await getDb(), (await params).id);
  if (!found) return new Response(t("not_found"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const pdf = await renderBriefPdf(found.doc, { date: formatDateTime(new Date(found.doc.generatedAt), found.doc.lang), geometry: null, version: found.version, status: "published" });
    const file = `ringkasan-${found.unitCode}-v${found.version}`.replace(/[^A-Za-z0-9._-]/g, "_");
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${file}.pdf"`, "cache-control": PUBLIC_CACHE_CONTROL },
    });
  } catch (e) {
    const key = e instanceof AppError && e.messageKey ? e.messageKey : "brief_pdf_failed";
    return new Response(t(key), { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
