import Link from "next/link";
import type { Direction } from "@/lib/paging";

export type SortLinkColumn<S extends string> = { label: string; sort?: S; numeric?: boolean };

/**
 * The header of a table sorted by the database (a list paged on the server cannot be sorted in
 * the browser): each label links to the list sorted by its column, again to reverse it; the
 * sorted column carries aria-sort. The first click sorts ascending, as SortableTable does.
 */
export function SortLinkHeader<S extends string>({
  columns,
  sort,
  direction,
  href,
  sortHint,
}: {
  columns: SortLinkColumn<S>[];
  sort: S;
  direction: Direction;
  href: (sort: S, direction: Direction) => string;
  /** "sort by" for screen readers, in the user's language */
  sortHint: string;
}) {
  return (
    <thead>
      <tr>
        {columns.map((c) => {
          const current = c.sort !== undefined && c.sort === sort;
          const next: Direction = current && direction === "asc" ? "desc" : "asc";
          return (
            <th
              key={c.label}
              scope="col"
              aria-sort={current ? (direction === "asc" ? "ascending" : "descending") : "none"}
              className={c.numeric ? "text-right" : undefined}
            >
              {c.sort === undefined ? (
                c.label
              ) : (
                <Link href={href(c.sort, next)} className="inline-flex items-center gap-1 font-semibold hover:underline" scroll={false}>
                  {c.label}
                  <span aria-hidden="true">{current ? (direction === "asc" ? "▲" : "▼") : "↕"}</span>
                  <span className="sr-only">({sortHint})</span>
                </Link>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
