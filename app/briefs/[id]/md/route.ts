import { getTranslations } from "next-intl/server";
import { briefToMarkdown } from "@/lib/briefs/render-md";
import { loadBriefForDownload } from "../load";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const b = await loadBriefForDownload((await params).id, new URL(request.url).searchParams.get("v"));
  if (b === "signed_out") return new Response("Unauthorized", { status: 401 });
  if (!b) return new Response((await getTranslations("errors"))("not_found"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(briefToMarkdown(b.doc, { date: b.date }), {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${b.file}.md"`, "cache-control": "private, no-store" },
  });
}
