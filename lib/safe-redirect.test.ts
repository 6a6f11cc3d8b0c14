import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath keeps paths of the portal", () => {
  it.each([
    ["/regions/18.01", "/regions/18.01"],
    ["/map?level=18.01.16", "/map?level=18.01.16"],
    ["/indicators?round=IR-LAMSEL-2019&region=18.01#chart", "/indicators?round=IR-LAMSEL-2019&region=18.01#chart"],
    ["/regions?q=Raja%20Basa", "/regions?q=Raja%20Basa"],
    // a literal percent-escape stays a path segment on this origin
    ["/%2509/evil.example", "/%2509/evil.example"],
    [["/admin/audit", "/x"], "/admin/audit"],
  ])("%j → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("safeReturnPath refuses targets that leave the portal", () => {
  // the values as they arrive in searchParams, i.e. after one percent-decoding
  it.each([
    [undefined],
    [""],
    ["https://evil.example"],
    ["https:evil.example"],
    ["http:evil.example/path"],
    ["javascript:alert(1)"],
    ["//evil.example"],
    ["///evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\t/evil.example/path"], // callbackUrl=/%09/evil.example/path
    ["/\r/evil.example/path"], // %0D
    ["/\n/evil.example/path"], // %0A
    ["/\u0000/evil.example"],
    ["/\u007f/evil.example"],
    ["/\t\t/evil.example"],
    ["evil.example"],
    ["/regions\\..\\..\\evil"],
  ])("%j → /", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });
});
