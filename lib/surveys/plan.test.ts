import { describe, expect, it } from "vitest";
import { planImport, recordHash } from "./plan";

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
