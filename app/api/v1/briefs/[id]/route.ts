import { getPublicBrief } from "@/app/public/briefs/load";
import { Brief } from "@/lib/api/schemas";
import { ApiFailure, apiRoute } from "../../handler";
import { briefJson } from "../present";

export const dynamic = "force-dynamic";

/** One published brief; an unpublished one (or one of a round that is not public) is a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiRoute(Brief, async ({ url, db }) => {
    const found = await getPublicBrief(db, id);
    if (!found) throw new ApiFailure("not_found");
    return briefJson(found, url.origin);
  })(request);
}
