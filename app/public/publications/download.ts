import "server-only";
import { getDb } from "@/db/client";
import { getPublicVersion } from "@/db/queries/publications";

/**
 * A frozen file of a published version, byte for byte as checksummed at publication. Versioned
 * URLs never change, so caches may keep them; a withdrawn version's files are gone (410).
 */
export async function frozenFile(slug: string, versionParam: string | null, which: "dataset" | "dictionary"): Promise<Response> {
  const version = versionParam && /^\d{1,4}$/.test(versionParam) ? Number(versionParam) : undefined;
  const found = await getPublicVersion(await getDb(), slug, version);
  if (!found) return new Response("Not found", { status: 404 });
  const v = found.version;
  if (v.status === "withdrawn") return new Response("Withdrawn", { status: 410 });
  const body = which === "dataset" ? v.datasetCsv : v.dictionaryCsv;
  const sha = which === "dataset" ? v.datasetSha256 : v.dictionarySha256;
  if (body === null || sha === null) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-v${v.version}-${which}.csv"`,
      ETag: `"${sha}"`,
      "X-Content-SHA256": sha,
      "Cache-Control": version ? "public, max-age=3600" : "public, max-age=60",
    },
  });
}
