import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT, BackupError, migrationsUpTo, parseHeader, restoreOrder } from "./format";

const KNOWN = [
  { tag: "0000_init", when: 1 },
  { tag: "0001_surveys", when: 2 },
  { tag: "0002_scoring", when: 3 },
];

describe("parseHeader", () => {
  const ok = { format: BACKUP_FORMAT, version: 1, schema: { tag: "0001_surveys", when: 2 }, createdAt: "x", database: "pglite", excluded: [], tables: [] };
  it("reads a header", () => {
    expect(parseHeader(JSON.stringify(ok)).schema.tag).toBe("0001_surveys");
  });
  it.each([
    ["not json", /not a portal backup/],
    [JSON.stringify({ ...ok, format: "pg_dump" }), /unknown format/],
    [JSON.stringify({ ...ok, version: 2 }), /version 2 is not supported/],
    [JSON.stringify({ ...ok, schema: undefined }), /incomplete/],
    [undefined, /not a portal backup/],
  ])("refuses %s", (line, message) => {
    expect(() => parseHeader(line)).toThrow(message);
  });
});

describe("migrationsUpTo", () => {
  it("applies this build's migrations up to the file's", () => {
    expect(migrationsUpTo({ tag: "0001_surveys", when: 2 }, KNOWN).map((m) => m.tag)).toEqual(["0000_init", "0001_surveys"]);
    expect(migrationsUpTo({ tag: "0002_scoring", when: 3 }, KNOWN)).toHaveLength(3);
  });
  it("refuses a schema newer than the build, naming both", () => {
    const run = () => migrationsUpTo({ tag: "0009_future", when: 99 }, KNOWN);
    expect(run).toThrow(BackupError);
    expect(run).toThrow(/newer version of the portal.*0009_future.*latest is 0002_scoring/);
  });
});

describe("restoreOrder", () => {
  it("puts referenced tables first, ignores self-references, sorts ties by name", () => {
    const order = restoreOrder(
      ["audit_log", "users", "user_regions", "survey_rounds", "respondents", "rubric_versions"],
      [
        { from: "audit_log", to: "users" },
        { from: "user_regions", to: "users" },
        { from: "user_regions", to: "regions" },
        { from: "respondents", to: "survey_rounds" },
        { from: "rubric_versions", to: "users" },
        { from: "users", to: "users" },
      ],
    );
    expect(order).toEqual(["survey_rounds", "users", "audit_log", "respondents", "rubric_versions", "user_regions"]);
  });
  it("refuses a cycle", () => {
    expect(() => restoreOrder(["a", "b"], [{ from: "a", to: "b" }, { from: "b", to: "a" }])).toThrow(/cycle/);
  });
});
