import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPublicVersion } from "@/db/queries/publications";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { publicationHeaderFooter, publicationHtml, type PublicationLabels } from "@/lib/publish/render-html";
import type { PublishedSnapshot } from "@/lib/publish/snapshot";
import { renderHtmlPdf } from "@/services/pdf";
import { cachedPublic, PUBLIC_CACHE_CONTROL } from "../../../cache";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * The PDF of a published version exactly as its public page shows it (figures through the public
 * view, so small counts read "< 5"); no sign-in. A version never changes, so each is printed once
 * per language and kept until the public data changes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const versionParam = new URL(request.url).searchParams.get("version");
  const version = versionParam && /^\d{1,4}$/.test(versionParam) ? Number(versionParam) : undefined;
  const [te, t, ts, locale] = await Promise.all([getTranslations("errors"), getTranslations("public"), getTranslations("scores"), getLocale()]);
  const found = await getPublicVersion(await getDb(), slug, version);
  if (!found) return text(te("not_found"), 404);
  const v = found.version;
  const s = v.snapshot as PublishedSnapshot;
  const l = toLocale(locale);
  const labels: PublicationLabels = {
    published: t("published"),
    version: t("version", { version: s.version }),
    round: t("round"),
    rubric: t("rubric"),
    licence: t("licence"),
    checksum: t("checksum"),
    withdrawn: v.status === "withdrawn" ? t("withdrawn", { reason: v.statusReason ?? "" }) : null,
    answer: t("answer"),
    count: t("count"),
    share: t("share"),
    total: t("total"),
    unit: t("unit"),
    respondents: t("respondents"),
    readiness: t("readiness"),
    stratumHead: t("stratum"),
    dataset: t("dataset"),
    datasetNote: t("datasetNote"),
    datasetSize: s.dataset ? `${formatNumber(s.dataset.rows, l)} × ${formatNumber(s.dataset.columns.length, l)}` : "",
    cite: t("cite"),
    page: t("page"),
    scoresCaption: (unit) => `${t("regionScores")}: ${t(`unitLevel.${unit as "cluster"}`)}`,
    stratum: (x) => ts(`strata.${x as "sentra"}`),
  };
  const fmt = { date: (iso: string) => formatDateTime(new Date(iso), l), count: (n: number) => formatNumber(n, l), share: (n: number) => formatNumber(n, l, 1), score: (n: number) => formatNumber(n, l, 2) };
  try {
    const pdf = await cachedPublic(`publication-pdf:${slug}:${s.version}:${v.status}:${l}`, () =>
      renderHtmlPdf(publicationHtml(s, l, labels, fmt, v.sha256 ?? ""), publicationHeaderFooter(s, labels)),
    );
    const file = `${slug}-v${s.version}`.replace(/[^A-Za-z0-9._-]/g, "_");
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${file}.pdf"`, "cache-control": PUBLIC_CACHE_CONTROL },
    });
  } catch {
    return text(te("publication_pdf_failed"), 503);
  }
}
