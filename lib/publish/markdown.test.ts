import { describe, expect, it } from "vitest";
import { isSafeHref, parseInline, parseMarkdown, plainText } from "./markdown";

describe("parseInline", () => {
  it("bold, italic and safe links", () => {
    expect(parseInline("**72** dari *101* [tabel](https://example.org/t)")).toEqual([
      { type: "strong", children: [{ type: "text", text: "72" }] },
      { type: "text", text: " dari " },
      { type: "em", children: [{ type: "text", text: "101" }] },
      { type: "text", text: " " },
      { type: "link", href: "https://example.org/t", children: [{ type: "text", text: "tabel" }] },
    ]);
  });
  it.each([
    "[x](javascript:alert(1))",
    "[x](data:text/html,<script>)",
    "[x](//evil.example)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
  ])("%s stays text", (s) => {
    const out = parseInline(s);
    expect(out.some((x) => x.type === "link")).toBe(false);
    expect(plainText([{ type: "paragraph", children: out }])).toBe(s);
  });
  it("an unclosed marker stays text", () => expect(parseInline("5 * 3 = 15 and **bold")).toEqual([{ type: "text", text: "5 * 3 = 15 and **bold" }]));
});

describe("isSafeHref", () => {
  it.each([
    ["https://portal.example/p/x", true],
    ["http://a.b", true],
    ["javascript:alert(1)", false],
    ["HTTPS://A.B", true],
    ['https://a.b/"onmouseover=', false],
    ["mailto:a@b.c", false],
  ])("%s → %s", (href, safe) => expect(isSafeHref(href)).toBe(safe));
});

describe("parseMarkdown", () => {
  it("headings, paragraphs joined across lines, bullet and numbered lists", () => {
    const blocks = parseMarkdown("### Temuan\nSebagian besar\nmenjual di desa.\n\n- satu\n- dua\n1. pertama\n2) kedua\n\nAkhir");
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "list", "paragraph"]);
    expect(blocks[1]).toEqual({ type: "paragraph", children: [{ type: "text", text: "Sebagian besar menjual di desa." }] });
    expect(blocks[2]).toMatchObject({ type: "list", ordered: false, items: [[{ text: "satu" }], [{ text: "dua" }]] });
    expect(blocks[3]).toMatchObject({ type: "list", ordered: true, items: [[{ text: "pertama" }], [{ text: "kedua" }]] });
  });
  it("empty input has no blocks", () => expect(parseMarkdown("\n\n")).toEqual([]));
});
