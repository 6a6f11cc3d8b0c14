/** Cells counting fewer respondents than this are never shown publicly. */
export const MIN_CELL = 5;

/** What a public page shows for a hidden count. */
export const SUPPRESSED = "< 5";

export type Grid = readonly (readonly number[])[];

/** Which totals the page shows beside the grid: each published total lets a reader recover one hidden cell. */
export type Margins = { rowTotals: boolean; columnTotals: boolean };

/** A count from 1 to 4 could identify someone; 0 names nobody and stays visible. */
export function isSmallCell(n: number): boolean {
  return n > 0 && n < MIN_CELL;
}

/**
 * Cells to hide in a grid of counts: every small cell (primary suppression), then, wherever a
 * published total leaves exactly one hidden cell in its line, the next-smallest non-zero cell of
 * that line too (complementary suppression), repeated until no hidden cell can be recovered by
 * subtraction. Returns a mask of the same shape: true = hide.
 */
export function suppressionMask(grid: Grid, margins: Margins): boolean[][] {
  const mask = grid.map((row) => row.map(isSmallCell));
  const lines: [number, number][][] = [];
  const rows = grid.length;
  const cols = Math.max(0, ...grid.map((r) => r.length));
  if (margins.rowTotals) for (let r = 0; r < rows; r++) lines.push(grid[r]!.map((_, c) => [r, c]));
  if (margins.columnTotals)
    for (let c = 0; c < cols; c++) lines.push(grid.flatMap((row, r) => (c < row.length ? [[r, c] as [number, number]] : [])));

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter(([r, c]) => mask[r]![c]);
      if (hidden.length !== 1) continue;
      const complement = nextSmallest(grid, mask, line);
      if (!complement) continue;
      mask[complement[0]]![complement[1]] = true;
      changed = true;
    }
  }
  return mask;
}

/** The smallest visible cell of a line, preferring a non-zero one (hiding a 0 protects little). */
function nextSmallest(grid: Grid, mask: boolean[][], line: [number, number][]): [number, number] | undefined {
  const visible = line.filter(([r, c]) => !mask[r]![c]);
  const byValue = (a: [number, number], b: [number, number]) => grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!;
  const nonZero = visible.filter(([r, c]) => grid[r]![c]! > 0).sort(byValue);
  return nonZero[0] ?? visible.sort(byValue)[0];
}

export type ShownCount = { n: number; suppressed: false } | { n: null; suppressed: true };

const shown = (n: number): ShownCount => ({ n, suppressed: false });
const hidden: ShownCount = { n: null, suppressed: true };

/**
 * One-way table of counts whose total is published (a frequency table, a unit's IR classes,
 * the respondents of the villages of a district). A total under 5 hides the total and every cell.
 */
export function suppressCounts(counts: readonly number[], total: number): { cells: ShownCount[]; total: ShownCount } {
  if (isSmallCell(total)) return { cells: counts.map((n) => (n === 0 ? shown(0) : hidden)), total: hidden };
  const [mask] = suppressionMask([counts], { rowTotals: true, columnTotals: false });
  return { cells: counts.map((n, i) => (mask![i] ? hidden : shown(n))), total: shown(total) };
}

/** A count as a public page prints it. */
export function showCount(cell: ShownCount, format: (n: number) => string = String): string {
  return cell.suppressed ? SUPPRESSED : format(cell.n);
}
