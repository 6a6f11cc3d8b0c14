import { frozenFile } from "../../download";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return frozenFile((await params).slug, new URL(request.url).searchParams.get("version"), "dictionary");
}
