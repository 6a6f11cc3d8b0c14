import { describe, expect, it } from "vitest";
import { isSmallCell, showCount, suppressCounts, suppressionMask } from "./suppress";

describe("isSmallCell", () => {
  it.each([
    [0, false],
    [1, true],
    [3, true],
    [4, true],
    [5, false],
    [56, false],
  ])("%i → %s", (n, small) => expect(isSmallCell(n)).toBe(small));
});

describe("suppressCounts (one-way table with its total)", () => {
  const cases: { name: string; counts: number[]; total: number; shown: (number | "< 5")[]; totalShown: number | "< 5" }[] = [
    { name: "nothing small: all shown", counts: [72, 15, 14], total: 101, shown: [72, 15, 14], totalShown: 101 },
    { name: "one small cell: next-smallest hidden too", counts: [50, 3, 20, 9], total: 82, shown: [50, "< 5", 20, "< 5"], totalShown: 82 },
    { name: "two small cells protect each other", counts: [40, 3, 2, 10], total: 55, shown: [40, "< 5", "< 5", 10], totalShown: 55 },
    { name: "zeros stay visible and are not chosen as complement", counts: [0, 3, 30, 12], total: 45, shown: [0, "< 5", 30, "< 5"], totalShown: 45 },
    { name: "only a zero left as complement", counts: [0, 3], total: 3, shown: [0, "< 5"], totalShown: "< 5" },
    { name: "total under 5 hides everything non-zero", counts: [2, 1, 0], total: 3, shown: ["< 5", "< 5", 0], totalShown: "< 5" },
    { name: "ties: the first smallest is taken", counts: [3, 8, 8, 20], total: 39, shown: ["< 5", "< 5", 8, 20], totalShown: 39 },
  ];
  it.each(cases)("$name", ({ counts, total, shown, totalShown }) => {
    const out = suppressCounts(counts, total);
    expect(out.cells.map((c) => (c.suppressed ? "< 5" : c.n))).toEqual(shown);
    expect(out.total.suppressed ? "< 5" : out.total.n).toEqual(totalShown);
  });

  it("no hidden cell can be recovered from the total", () => {
    for (const counts of [[50, 3, 20, 9], [7, 1, 100], [4, 6, 6, 6, 90], [12, 2]]) {
      const total = counts.reduce((a, b) => a + b, 0);
      const hiddenCount = suppressCounts(counts, total).cells.filter((c) => c.suppressed).length;
      expect(hiddenCount === 0 || hiddenCount >= 2).toBe(true);
    }
  });

  it("prints a hidden count as '< 5'", () => {
    const out = suppressCounts([3, 30, 40], 73);
    expect(out.cells.map((c) => showCount(c))).toEqual(["< 5", "< 5", "40"]);
  });
});

describe("suppressionMask (two-way table)", () => {
  const render = (grid: number[][], mask: boolean[][]) => grid.map((row, r) => row.map((n, c) => (mask[r]![c] ? "x" : n)));

  it("row and column totals: a small cell needs a partner in its row and in its column", () => {
    const grid = [
      [20, 3, 15],
      [10, 12, 30],
      [8, 9, 40],
    ];
    const mask = suppressionMask(grid, { rowTotals: true, columnTotals: true });
    // 3 primary; 15 (next smallest in row 0), 9 (next smallest in column 1);
    // then column 2 has only 15 hidden → 30; row 1 has only 30 hidden → 10; column 0 has 10 → 8; row 2 ends with 8, 9 hidden.
    expect(render(grid, mask)).toEqual([
      [20, "x", "x"],
      ["x", 12, "x"],
      ["x", "x", 40],
    ]);
    for (const row of mask) expect(row.filter(Boolean).length).not.toBe(1);
    for (let c = 0; c < 3; c++) expect(mask.filter((row) => row[c]).length).not.toBe(1);
  });

  it("row totals only: columns are not protected", () => {
    const grid = [
      [20, 3, 15],
      [10, 12, 30],
    ];
    expect(render(grid, suppressionMask(grid, { rowTotals: true, columnTotals: false }))).toEqual([
      [20, "x", "x"],
      [10, 12, 30],
    ]);
  });

  it("no totals published: only the small cells", () => {
    const grid = [[1, 50, 60]];
    expect(render(grid, suppressionMask(grid, { rowTotals: false, columnTotals: false }))).toEqual([["x", 50, 60]]);
  });
});
