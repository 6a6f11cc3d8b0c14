import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { parseMapParams } from "@/lib/map/params";
import { loadShapes } from "../load";

export const dynamic = "force-dynamic";

/**
 * The boundaries of one map view as an SVG sprite (lib/map/sprite.ts). The page links it
 * with ?v=<hash of the content>, so the browser may keep it for a year; an old hash gets
 * the current content, revalidated every time.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  const params = parseMapParams(Object.fromEntries(query));
  const view = params.invalidLevel ? null : await loadShapes(user, params);
  if (!view) return new Response("Not found", { status: 404 });
  const current = query.get("v") === view.version;
  return new Response(view.sprite, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "private, max-age=31536000, immutable" : "private, no-cache",
      ETag: `"${view.version}"`,
    },
  });
}
