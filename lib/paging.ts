/**
 * Lists too long for one page (a national round has 100,000 clusters) are shown a page at a
 * time, sorted by the database; page and sort live in the URL so a view can be shared.
 */
export const PAGE_SIZE = 100;
/** no list is longer than a million rows; a page number beyond this is a typo */
const MAX_PAGE = 10_000;

export type Direction = "asc" | "desc";
export type PageWindow = { page: number; pages: number; offset: number; limit: number; from: number; to: number; total: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page number of the URL: a whole number from 1, anything else page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number.parseInt(first(value) ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

/** The sort column of the URL when it is one of `allowed`, else the default (the first). */
export function sortParam<S extends string>(value: string | string[] | undefined, allowed: readonly S[]): S {
  const v = first(value);
  return allowed.find((s) => s === v) ?? allowed[0]!;
}

export function directionParam(value: string | string[] | undefined, fallback: Direction = "asc"): Direction {
  const v = first(value);
  return v === "asc" || v === "desc" ? v : fallback;
}

/**
 * The rows a page covers once the total is known: a page past the end shows the last page
 * (a list that shrank since the link was made), from/to are 1-based and 0 for an empty list.
 */
export function pageWindow(page: number, total: number, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(1, page), pages);
  const offset = (p - 1) * size;
  return { page: p, pages, offset, limit: size, from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + size), total };
}
