import { describe, expect, it } from "vitest";
import { badAddressHtml, badAddressJson, malformedPath } from "./page";

describe("malformedPath", () => {
  it.each([
    ["/data/rounds/IR-LAMSEL-2019/quality", false],
    ["/regions/18.01.01.2001", false],
    ["/candidates/IR%20LAMSEL/K%C3%A9", false],
    ["/regions/%E0%A4%A", true],
    ["/data/rounds/%/quality", true],
    ["/public/regions/%ZZ", true],
  ])("%s → %s", (path, broken) => expect(malformedPath(path)).toBe(broken));
});

describe("the bad-address answer", () => {
  it("says what is wrong in the reader's language, with no script", () => {
    expect(badAddressHtml("id")).toContain("Alamat halaman tidak dapat dibaca");
    expect(badAddressHtml("en")).toContain("This address cannot be read");
    expect(badAddressHtml("en")).not.toContain("<script");
    expect(JSON.parse(badAddressJson("en"))).toEqual({ error: "bad_request", message: "The request address holds a broken percent code (%)." });
  });
});
