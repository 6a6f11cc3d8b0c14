import { describe, expect, it } from "vitest";
import { hrefWith, pageInfo, pageLinks, parseDir, parsePage, parseSort, sortHref } from "./pagination";

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["2", 2],
    [" 7 ", 7],
    [["3", "9"], 3],
    ["0", 1],
    ["-2", 1],
    ["1.5", 1],
    ["2e3", 1],
    ["abc", 1],
    ["99999999", 1],
    ["9999999", 1_000_000],
  ] as const)("%j → %i", (raw, page) => {
    expect(parsePage(raw as string | string[] | undefined)).toBe(page);
  });
});

describe("parseSort and parseDir", () => {
  const keys = ["village", "name", "year"] as const;
  it.each([
    [undefined, "village"],
    ["year", "year"],
    ["YEAR", "village"],
    ["data; drop table", "village"],
    [["name", "year"], "name"],
  ] as const)("sort %j → %s", (raw, sort) => {
    expect(parseSort(raw as string | string[] | undefined, keys, "village")).toBe(sort);
  });
  it.each([
    [undefined, "asc", "asc"],
    [undefined, "desc", "desc"],
    ["desc", "asc", "desc"],
    ["down", "asc", "asc"],
  ] as const)("dir %j (default %s) → %s", (raw, fallback, dir) => {
    expect(parseDir(raw, fallback)).toBe(dir);
  });
});

describe("pageInfo", () => {
  it.each([
    // asked, total, size → page, pages, offset, from, to, prev, next
    [1, 0, 100, 1, 1, 0, 0, 0, false, false],
    [1, 1, 100, 1, 1, 0, 1, 1, false, false],
    [1, 100, 100, 1, 1, 0, 1, 100, false, false],
    [1, 101, 100, 1, 2, 0, 1, 100, false, true],
    [2, 101, 100, 2, 2, 100, 101, 101, true, false],
    [2, 16_988, 100, 2, 170, 100, 101, 200, true, true],
    [170, 16_988, 100, 170, 170, 16_900, 16_901, 16_988, true, false],
    // past the end: the last page, not an empty one
    [999, 250, 100, 3, 3, 200, 201, 250, true, false],
    [5, 0, 100, 1, 1, 0, 0, 0, false, false],
  ] as const)("page %i of %i rows by %i", (asked, total, size, page, pages, offset, from, to, hasPrev, hasNext) => {
    expect(pageInfo(asked, total, size)).toEqual({ page, pages, total, size, offset, from, to, hasPrev, hasNext });
  });
});

describe("hrefWith, pageLinks and sortHref", () => {
  const current = { region: "18.01", year: "2019", page: "2", empty: "", missing: undefined };
  it("changes one key and keeps the others", () => {
    expect(hrefWith("/data/pktd", current, { page: 3 })).toBe("/data/pktd?region=18.01&year=2019&page=3");
    expect(hrefWith("/data/pktd", current, { page: undefined })).toBe("/data/pktd?region=18.01&year=2019");
    expect(hrefWith("/data/pktd", {}, {})).toBe("/data/pktd");
  });
  it("encodes what it writes", () => {
    expect(hrefWith("/x", { q: "a&b=c" }, { sort: "name" })).toBe("/x?q=a%26b%3Dc&sort=name");
  });
  it("links the previous and next pages, page 1 without its key, none past either end", () => {
    expect(pageLinks("/data/pktd", current, pageInfo(2, 350))).toEqual({
      prev: "/data/pktd?region=18.01&year=2019",
      next: "/data/pktd?region=18.01&year=2019&page=3",
    });
    expect(pageLinks("/data/pktd", {}, pageInfo(1, 50))).toEqual({ prev: null, next: null });
    expect(pageLinks("/q", { clustersPage: "4", villagesPage: "2" }, pageInfo(2, 150), "villagesPage")).toEqual({ prev: "/q?clustersPage=4", next: null });
  });
  it("a new sort goes back to the first page and keeps the filters", () => {
    expect(sortHref("/data/pktd", current, "year", "desc")).toBe("/data/pktd?region=18.01&year=2019&sort=year&dir=desc");
    expect(sortHref("/q", { villagesPage: "3", clustersPage: "2" }, "n", "asc", { sort: "villagesSort", dir: "villagesDir", page: "villagesPage" })).toBe(
      "/q?clustersPage=2&villagesSort=n&villagesDir=asc",
    );
  });
});
