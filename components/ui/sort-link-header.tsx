import type { SortDir } from "@/lib/pagination";
import { SortHeader } from "./sort-header";

export type SortLinkColumn<S extends string> = { label: string; sort?: S; numeric?: boolean };

/**
 * The header row of a table sorted by the database (a list paged on the server cannot be sorted
 * in the browser): each sortable label links to the list sorted by its column, again to reverse
 * it; the first click sorts ascending, as SortableTable does.
 */
export function SortLinkHeader<S extends string>({
  columns,
  sort,
  direction,
  href,
}: {
  columns: SortLinkColumn<S>[];
  sort: S;
  direction: SortDir;
  href: (sort: S, direction: SortDir) => string;
}) {
  return (
    <thead>
      <tr>
        {columns.map((c) => {
          const className = c.numeric ? "text-right" : undefined;
          if (c.sort === undefined) {
            return (
              <th key={c.label} scope="col" className={className}>
                {c.label}
              </th>
            );
          }
          const current = c.sort === sort;
          return <SortHeader key={c.label} label={c.label} className={className} sorted={current ? direction : null} href={href(c.sort, current && direction === "asc" ? "desc" : "asc")} />;
        })}
      </tr>
    </thead>
  );
}
