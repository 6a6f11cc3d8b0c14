"use client";

import { useState, type ReactNode } from "react";
import { compareCells, type SortValue } from "@/lib/table-sort";

export type SortCell = { sort: SortValue; content: ReactNode };
export type SortColumn = { label: string; numeric?: boolean };
export type SortRow = { key: string; cells: SortCell[]; /** data-code of the row, for tests and the map's table */ code?: string };

type Sort = { column: number; direction: "ascending" | "descending" } | null;

/**
 * A table sortable by any column: each header is a button (keyboard: Tab, Enter), the
 * sorted column carries aria-sort, and the server-rendered order is the first view.
 */
export function SortableTable({
  columns,
  rows,
  locale,
  sortHint,
  testId,
  className = "data-table",
  caption,
  footer,
}: {
  columns: SortColumn[];
  rows: SortRow[];
  locale: string;
  /** "sort by" for screen readers, in the user's language */
  sortHint: string;
  testId?: string;
  className?: string;
  caption?: string;
  /** a totals row, never sorted */
  footer?: ReactNode[];
}) {
  const [sort, setSort] = useState<Sort>(null);
  const shown = sort ? [...rows].sort((x, y) => compareCells(x.cells[sort.column]!.sort, y.cells[sort.column]!.sort, sort.direction, locale)) : rows;
  const toggle = (column: number) =>
    setSort((s) => ({ column, direction: s?.column === column && s.direction === "ascending" ? "descending" : "ascending" }));
  return (
    <table className={className} data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.label} scope="col" aria-sort={sort?.column === i ? sort.direction : "none"} className={c.numeric ? "text-right" : undefined}>
              <button type="button" className="inline-flex items-center gap-1 font-semibold hover:underline" onClick={() => toggle(i)}>
                {c.label}
                <span aria-hidden="true">{sort?.column === i ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}</span>
                <span className="sr-only">({sortHint})</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.key} data-code={r.code}>
            {r.cells.map((cell, i) => (
              <td key={i} className={columns[i]?.numeric ? "text-right tabular-nums" : undefined}>
                {cell.content}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr className="font-semibold">
            {footer.map((cell, i) => (
              <td key={i} className={columns[i]?.numeric ? "text-right tabular-nums" : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
