import { describe, expect, it } from "vitest";
import { compareCells } from "./table-sort";

describe("compareCells", () => {
  it("sorts numbers by value, not as text", () => {
    expect([10, 9, 100].sort((a, b) => compareCells(a, b, "ascending", "id"))).toEqual([9, 10, 100]);
  });
  it("keeps blanks last in both directions", () => {
    expect([null, 2, 1].sort((a, b) => compareCells(a, b, "ascending", "id"))).toEqual([1, 2, null]);
    expect([null, 2, 1].sort((a, b) => compareCells(a, b, "descending", "id"))).toEqual([2, 1, null]);
  });
  it("sorts names in the user's collation", () => {
    expect(["Wai Muli Timur", "canti", "Bakauheni"].sort((a, b) => compareCells(a, b, "ascending", "id"))).toEqual(["Bakauheni", "canti", "Wai Muli Timur"]);
  });
});
