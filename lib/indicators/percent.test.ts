import { describe, expect, it } from "vitest";
import { formatPercent, formatShare, shareOf } from "./percent";

describe("percentages", () => {
  it("are shares of those who answered, 0 when nobody did", () => {
    expect(shareOf(70, 101)).toBeCloseTo(69.307, 3);
    expect(shareOf(0, 0)).toBe(0);
  });

  it.each([
    [shareOf(70, 101), "69,3", "69.3"],
    [shareOf(55, 101), "54,5", "54.5"],
    [100, "100,0", "100.0"],
    [0, "0,0", "0.0"],
    [shareOf(1, 3), "33,3", "33.3"],
    [shareOf(2, 3), "66,7", "66.7"],
  ])("%d → %s / %s with one decimal in the user's locale", (share, id, en) => {
    expect(formatShare(share, "id")).toBe(id);
    expect(formatShare(share, "en")).toBe(en);
  });

  it("keep the sign with its number", () => {
    expect(formatPercent(shareOf(70, 101), "id")).toBe("69,3\u00A0%");
    expect(formatPercent(shareOf(70, 101), "en")).toBe("69.3\u00A0%");
  });
});
