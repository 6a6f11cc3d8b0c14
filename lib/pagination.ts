/** Rows per page of the long server-side lists (PKTD records, a round's clusters, quality findings). */
export const PAGE_SIZE = 100;

/** Far past any real list; keeps OFFSET a sane number whatever the URL says. */
const MAX_PAGE = 1_000_000;

type Raw = string | string[] | undefined;

const first = (raw: Raw) => (Array.isArray(raw) ? raw[0] : raw);

/** "?page=2" → 2; missing, junk, zero or negative → 1. */
export function parsePage(raw: Raw): number {
  const s = first(raw)?.trim() ?? "";
  if (!/^\d{1,7}$/.test(s)) return 1;
  return Math.min(Math.max(Number(s), 1), MAX_PAGE);
}

/** The sort key from the URL when it is one the list offers, else the list's default. */
export function parseSort<K extends string>(raw: Raw, keys: readonly K[], fallback: K): K {
  const s = first(raw);
  return keys.find((k) => k === s) ?? fallback;
}

export type SortDir = "asc" | "desc";

export function parseDir(raw: Raw, fallback: SortDir = "asc"): SortDir {
  const s = first(raw);
  return s === "asc" || s === "desc" ? s : fallback;
}

export type PageInfo = {
  /** the page shown: the asked one, or the last when the list is shorter than that */
  page: number;
  pages: number;
  total: number;
  size: number;
  offset: number;
  /** 1-based rows shown, "rows from–to of total"; 0–0 for an empty list */
  from: number;
  to: number;
  hasPrev: boolean;
  hasNext: boolean;
};

/** Where page `asked` of a list of `total` rows starts and ends. */
export function pageInfo(asked: number, total: number, size = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(asked)), pages);
  const offset = (page - 1) * size;
  return {
    page,
    pages,
    total,
    size,
    offset,
    from: total === 0 ? 0 : offset + 1,
    to: Math.min(offset + size, total),
    hasPrev: page > 1,
    hasNext: page < pages,
  };
}

/** `path` with the current query changed by `changes` (undefined or "" removes a key); other keys keep their order. */
export function hrefWith(path: string, current: Record<string, Raw>, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    const value = first(v);
    if (value !== undefined && value !== "" && !(k in changes)) params.set(k, value);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && v !== "") params.set(k, String(v));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The previous and next pages' addresses (page 1 without its key), every other parameter kept. */
export function pageLinks(path: string, current: Record<string, Raw>, info: PageInfo, key = "page"): { prev: string | null; next: string | null } {
  const to = (page: number) => hrefWith(path, current, { [key]: page > 1 ? page : undefined });
  return { prev: info.hasPrev ? to(info.page - 1) : null, next: info.hasNext ? to(info.page + 1) : null };
}

/** A sortable header's address: that sort and direction, back to the first page (the old page means nothing in the new order). */
export function sortHref(path: string, current: Record<string, Raw>, sort: string, dir: SortDir, keys = { sort: "sort", dir: "dir", page: "page" }): string {
  return hrefWith(path, current, { [keys.sort]: sort, [keys.dir]: dir, [keys.page]: undefined });
}
