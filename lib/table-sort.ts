export type SortValue = string | number | null;

/** Blank values last in either direction; numbers by value, text in the user's collation. */
export function compareCells(a: SortValue, b: SortValue, direction: "ascending" | "descending", locale: string): number {
  if (a === null || a === "") return b === null || b === "" ? 0 : 1;
  if (b === null || b === "") return -1;
  const d = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), locale, { numeric: true });
  return direction === "ascending" ? d : -d;
}
