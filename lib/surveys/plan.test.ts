import { describe, expect, it } from "vitest";
import { planImport, recordHash, unitInputsHasher } from "./plan";

describe("recordHash", () => {
  it("ignores key order and sees every value", () => {
    expect(recordHash({ a: 1, b: ["x"] })).toBe(recordHash({ b: ["x"], a: 1 }));
    expect(recordHash({ a: 1, b: null })).not.toBe(recordHash({ a: 1, b: 0 }));
  });
});

describe("planImport", () => {
  it("splits rows into new, changed and unchanged", () => {
    const existing = new Map([
      ["r1", "h1"],
      ["r2", "h2"],
    ]);
    const plan = planImport(existing, [
      { key: "r1", hash: "h1" },
      { key: "r2", hash: "other" },
      { key: "r3", hash: "h3" },
    ]);
    expect(plan).toEqual({ new: ["r3"], changed: ["r2"], unchanged: ["r1"] });
  });
});

describe("unitInputsHasher", () => {
  const rubric = { version: "v", cutoffs: { rintisan: 5 / 3, matang: 7 / 3 }, note: 'quote " and \\ backslash', list: [1, null, "é"] };
  it.each([
    [[], [], 2019],
    [["a1", "b2"], [], null],
    [["a1"], ["18.01.01.2001|2019|h"], 2025],
    [Array.from({ length: 500 }, (_, i) => `h${i}`), ["x|1|y", "z|2|w"], 2019],
  ])("hashes exactly as recordHash({ rubric, year, rows, pktd }): %#", (rows, pktd, year) => {
    expect(unitInputsHasher(rubric, year)(rows, pktd)).toBe(recordHash({ rubric, year, rows, pktd }));
  });
});
