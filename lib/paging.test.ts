import { describe, expect, it } from "vitest";
import { directionParam, pageParam, pageWindow, sortParam } from "./paging";

describe("pageParam", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["3", 3],
    [["4", "9"], 4],
    ["0", 1],
    ["-2", 1],
    ["abc", 1],
    ["2.7", 2],
    ["99999999", 10_000],
  ] as const)("%j → %i", (value, page) => expect(pageParam(value as string | string[] | undefined)).toBe(page));
});

describe("sortParam and directionParam", () => {
  const sorts = ["name", "n", "readiness"] as const;
  it.each([
    [undefined, "name"],
    ["readiness", "readiness"],
    ["drop table", "name"],
    [["n", "name"], "n"],
  ] as const)("sort %j → %s", (value, sort) => expect(sortParam(value as string | undefined, sorts)).toBe(sort));
  it.each([
    [undefined, "asc"],
    ["desc", "desc"],
    ["DESC", "asc"],
  ] as const)("direction %j → %s", (value, direction) => expect(directionParam(value)).toBe(direction));
  it("keeps a default direction", () => expect(directionParam(undefined, "desc")).toBe("desc"));
});

describe("pageWindow", () => {
  it.each([
    // page, total, size → page, pages, offset, from, to
    [1, 0, 100, { page: 1, pages: 1, offset: 0, from: 0, to: 0 }],
    [1, 40, 100, { page: 1, pages: 1, offset: 0, from: 1, to: 40 }],
    [2, 250, 100, { page: 2, pages: 3, offset: 100, from: 101, to: 200 }],
    [3, 250, 100, { page: 3, pages: 3, offset: 200, from: 201, to: 250 }],
    [9, 250, 100, { page: 3, pages: 3, offset: 200, from: 201, to: 250 }],
    [2, 200, 100, { page: 2, pages: 2, offset: 100, from: 101, to: 200 }],
  ] as const)("page %i of %i rows by %i", (page, total, size, expected) => expect(pageWindow(page, total, size)).toMatchObject(expected));
});
