import { describe, expect, it } from "vitest";
import { joinSections, publicationDraftSchema, slugSchema, splitSections } from "./publication-schema";

describe("splitSections / joinSections", () => {
  it("'## ' lines start sections; text before the first heading is an untitled section", () => {
    const sections = splitSections("Pengantar.\n\n## Metode\nSurvei 2019.\n\n## Temuan\n- satu\n");
    expect(sections).toEqual([
      { heading: "", text: "Pengantar." },
      { heading: "Metode", text: "Survei 2019." },
      { heading: "Temuan", text: "- satu" },
    ]);
    expect(splitSections(joinSections(sections))).toEqual(sections);
  });
  it("'###' stays inside a section (a subheading)", () => {
    expect(splitSections("## A\n### a1\nx")).toEqual([{ heading: "A", text: "### a1\nx" }]);
  });
  it("empty body, no sections", () => expect(splitSections("  \n")).toEqual([]));
});

describe("publicationDraftSchema", () => {
  it("authors one per line, licence CC BY 4.0 by default, figures checked against the instrument", () => {
    const d = publicationDraftSchema.parse({ title: "Judul", authors: " Siti Rahmawati \n\nBudi Santoso\n", figures: [{ kind: "indicator", field: "value_added" }] });
    expect(d.authors).toEqual(["Siti Rahmawati", "Budi Santoso"]);
    expect(d.licence).toBe("CC-BY-4.0");
    expect(publicationDraftSchema.safeParse({ title: "Judul", authors: "A B", figures: [{ kind: "indicator", field: "product" }] }).success).toBe(false);
    expect(publicationDraftSchema.safeParse({ title: "Judul", authors: "" }).success).toBe(false);
    expect(publicationDraftSchema.safeParse({ title: "Judul", authors: "A B", licence: "GPL" }).success).toBe(false);
  });
  it.each([
    ["kesiapan-raja-basa-2019", true],
    ["ab", false],
    ["Huruf-Besar", false],
    ["a--b", false],
    ["../etc", false],
  ])("slug %s → %s", (slug, ok) => expect(slugSchema.safeParse(slug).success).toBe(ok));
});
