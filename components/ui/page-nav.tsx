import type { PageInfo } from "@/lib/pagination";
import { Pager } from "./pager";
import { pagerTexts } from "./pager-texts";

/** The pager of a list paged on the server, with its words; nothing when one page holds the list. */
export async function PageNav({ info, label, href }: { info: PageInfo; label: string; href: (page: number) => string }) {
  if (info.pages <= 1) return null;
  return <Pager texts={await pagerTexts(info, label)} prev={info.hasPrev ? href(info.page - 1) : null} next={info.hasNext ? href(info.page + 1) : null} />;
}
