import { getReadDb } from "@/db/client";
import { searchRegions } from "@/db/queries/regions";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Suggestions of the region picker: name or code, within the user's regions, each with its parents' names. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "region:view")) return Response.json([], { status: 401 });
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 60);
  const levels = new URLSearchParams(new URL(request.url).search).get("levels")?.split(",") ?? null;
  const hits = (await searchRegions(await getReadDb(), user, q, levels ? 30 : 10)).filter((h) => !levels || levels.includes(h.level)).slice(0, 10);
  return Response.json(
    hits.map((h) => ({ code: h.code, name: h.name, level: h.level, parents: [h.parentName, h.grandparentName].filter(Boolean).join(", ") })),
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
