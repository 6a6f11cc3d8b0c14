import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, bibtexEscape, parseName, type CitationSource } from "./citation";

const base: CitationSource = {
  authors: ["Siti Rahmawati"],
  year: 2026,
  title: "Kesiapan klaster industri rumahan di Raja Basa",
  version: 1,
  publisher: "Portal Klaster Industri Rumahan",
  url: "https://portal.example/public/publications/kesiapan-raja-basa",
  licence: "CC BY 4.0",
  kind: "dataset",
};

describe("parseName", () => {
  it.each([
    ["Siti Rahmawati", { family: "Rahmawati", given: ["Siti"] }],
    ["Rahmawati, Siti", { family: "Rahmawati", given: ["Siti"] }],
    ["  Sukarno ", { family: "Sukarno", given: [] }],
    ["Ni Made  Ayu Lestari", { family: "Lestari", given: ["Ni", "Made", "Ayu"] }],
  ])("%s", (raw, name) => expect(parseName(raw)).toEqual(name));
});

describe("apaCitation", () => {
  // APA 7 ends the author element with a period: after initials it is the initial's, after a single name or group it is added
  it.each([
    { authors: ["Siti Rahmawati"], lead: "Rahmawati, S. (2026)." },
    { authors: ["Siti Rahmawati", "Budi Santoso"], lead: "Rahmawati, S., & Santoso, B. (2026)." },
    { authors: ["Siti Rahmawati", "Budi Santoso", "Sukarno"], lead: "Rahmawati, S., Santoso, B., & Sukarno. (2026)." },
    { authors: ["Anne-Marie Dewi Putri"], lead: "Putri, A.-M. D. (2026)." },
  ])("authors $authors", ({ authors, lead }) => {
    expect(apaCitation({ ...base, authors })).toBe(
      `${lead} Kesiapan klaster industri rumahan di Raja Basa (Version 1) [Data set]. Portal Klaster Industri Rumahan. https://portal.example/public/publications/kesiapan-raja-basa`,
    );
  });

  it("a report has no [Data set] and carries its version", () => {
    expect(apaCitation({ ...base, kind: "report", version: 3 })).toBe(
      "Rahmawati, S. (2026). Kesiapan klaster industri rumahan di Raja Basa (Version 3). Portal Klaster Industri Rumahan. https://portal.example/public/publications/kesiapan-raja-basa",
    );
  });

  it("21 or more authors: the first 19, an ellipsis, the last", () => {
    const authors = Array.from({ length: 22 }, (_, i) => `Given${i} Family${i}`);
    const text = apaCitation({ ...base, authors });
    expect(text.startsWith("Family0, G., Family1, G.,")).toBe(true);
    expect(text).toContain("Family18, G., . . . Family21, G. (2026).");
    expect(text).not.toContain("Family19");
  });
});

describe("bibtexCitation", () => {
  it("a complete @misc entry", () => {
    expect(bibtexCitation({ ...base, authors: ["Siti Rahmawati", "Sukarno"] })).toBe(
      [
        "@misc{rahmawati2026kesiapan,",
        "  author = {Rahmawati, Siti and Sukarno},",
        "  title = {{Kesiapan klaster industri rumahan di Raja Basa}},",
        "  year = {2026},",
        "  version = {1},",
        "  publisher = {Portal Klaster Industri Rumahan},",
        "  howpublished = {\\url{https://portal.example/public/publications/kesiapan-raja-basa}},",
        "  url = {https://portal.example/public/publications/kesiapan-raja-basa},",
        "  note = {Data set. Licence: CC BY 4.0}",
        "}",
      ].join("\n"),
    );
  });

  it("escapes BibTeX's special characters in the title", () => {
    expect(bibtexCitation({ ...base, title: "50% & more_{x}" })).toContain("title = {{50\\% \\& more\\_\\{x\\}}}");
  });

  it.each([
    ["a\\b", "a\\textbackslash{}b"],
    ["~^", "\\textasciitilde{}\\textasciicircum{}"],
    ["#$", "\\#\\$"],
  ])("bibtexEscape(%s)", (raw, escaped) => expect(bibtexEscape(raw)).toBe(escaped));

  it("key uses ASCII only (accents dropped)", () => {
    expect(bibtexCitation({ ...base, authors: ["José Núñez"], title: "Étude des sentra" })).toMatch(/^@misc\{nunez2026etude,/);
  });
});
