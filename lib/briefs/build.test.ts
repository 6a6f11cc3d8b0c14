import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { scoreUnit, type Answers } from "@/lib/scoring/score-unit";
import { BASE } from "@/lib/scoring/test-fixtures";
import { buildBrief } from "./build";
import { factSentence } from "./facts";
import type { BriefInput } from "./input";
import { markdownProblems, markdownToHtml } from "./markdown";
import { mergeRegenerated } from "./regenerate";
import { BRIEF_TEXTS, formatsFor } from "./texts";

const SC = { sc_trust_1: 4, sc_trust_2: 4, sc_reciprocity_1: 4, sc_reciprocity_2: 4, sc_norms_1: 4, sc_norms_2: 4, sc_networks_1: 4, sc_networks_2: 4 };
const input = (lang: "id" | "en", people: Answers[], extra: Partial<BriefInput> = {}): BriefInput => ({
  lang,
  unit: { type: "cluster", code: "C1", name: "Sentra Uji", place: "Canti, Raja Basa" },
  round: { code: "R-2019", name: "Uji 2019", periodStart: "2019-03-01", periodEnd: "2019-06-30", origin: "survey", provenance: null },
  rubric: RUBRIC_V1,
  score: scoreUnit(RUBRIC_V1, people),
  policySupport: null,
  gender: { women: people.length, known: people.length },
  villageNames: {},
  author: "Uji",
  generatedAt: "2026-11-30T03:00:00Z",
  map: null,
  ...extra,
});
const text = (b: ReturnType<typeof buildBrief>) => b.sections.map((s) => s.body).join("\n");
const marketing = (zone: string, n: number) => Array.from({ length: n }, () => ({ ...BASE, marketing_zone: zone }));

describe("brief templates, both languages, numbers at the edges", () => {
  const f = { id: formatsFor("id"), en: formatsFor("en") };
  const working = (people: Answers[]) => scoreUnit(RUBRIC_V1, people).working.indicators.find((w) => w.indicator === "marketing_zone")!;

  it.each([
    ["id", [...marketing("outside_regency", 1), ...marketing("village", 7)], "hanya 12,5\u00A0% anggota yang menjual di luar kabupaten (1 dari 8)."],
    ["en", [...marketing("outside_regency", 1), ...marketing("village", 7)], "only 12.5\u00A0% of members sell outside the regency (1 of 8)."],
    ["id", marketing("village", 4), "tidak ada anggota yang menjual di luar kabupaten (0 dari 4)."],
    ["en", marketing("village", 4), "no member sells outside the regency (0 of 4)."],
    ["id", marketing("outside_province", 3), "semua anggota yang menjawab menjual di luar kabupaten (3 dari 3)."],
    ["en", marketing("outside_province", 3), "every member who answered sells outside the regency (3 of 3)."],
    ["id", marketing("village", 1), "satu-satunya anggota yang menjawab tidak menjual di luar kabupaten."],
    ["en", marketing("outside_regency", 1), "the only member who answered sells outside the regency."],
    ["en", marketing("village", 1), "the only member who answered does not sell outside the regency."],
  ] as const)("%s: %s", (lang, people, expected) => {
    expect(factSentence(BRIEF_TEXTS[lang], f[lang], working([...people]), 30)).toBe(expected);
  });

  it("an indicator without a sentence of its own (added by a later rubric) lists its answers", () => {
    const w = { variable: "activity" as const, indicator: "new_item", score: 1.5, n: 3, distribution: [{ code: "a", n: 2, level: 1 }, { code: "b", n: 1, level: 2 }] };
    expect(factSentence(BRIEF_TEXTS.id, f.id, w, 30)).toBe("jawaban: a 2, b 1 (n = 3).");
    expect(factSentence(BRIEF_TEXTS.en, f.en, w, 30, (c) => c.toUpperCase())).toBe("answers: A 2, B 1 (n = 3).");
  });

  it.each(["id", "en"] as const)("%s: every placeholder is filled and no trend is claimed from one round", (lang) => {
    for (const people of [[BASE], marketing("village", 12), [{ ...BASE, ...SC }]]) {
      const b = buildBrief(input(lang, people));
      expect(text(b)).not.toMatch(/\{\w+\}/);
      expect(text(b)).not.toMatch(lang === "id" ? /\b(meningkat|menurun)\b(?<!keuntungannya meningkat)/ : /\b(increased|decreased|grew|fell)\b/);
    }
  });

  it.each([
    ["id", "Data berasal dari satu responden saja", "Ukuran sampel unit ini: satu responden."],
    ["en", "The data come from a single respondent", "Sample size of this unit: one respondent."],
  ] as const)("%s: n = 1 speaks of one respondent", (lang, summary, method) => {
    const b = buildBrief(input(lang, [BASE]));
    expect(b.sections[0]!.body).toContain(summary);
    expect(b.sections.find((s) => s.key === "method")!.body).toContain(method);
  });

  it.each([
    ["id", "Tidak ada data modal sosial untuk unit ini"],
    ["en", "There are no social-capital data for this unit"],
  ] as const)("%s: missing social capital is said, not scored, not recommended", (lang, sentence) => {
    const b = buildBrief(input(lang, marketing("village", 12)));
    expect(b.sections.find((s) => s.key === "social_capital")!.body).toContain(sentence);
    expect(text(b)).not.toContain(BRIEF_TEXTS[lang].recs.names.social_capital + " skor");
  });

  it("0 % and 100 % of women are stated as numbers, with every footnote naming round and rubric", () => {
    const none = buildBrief(input("id", marketing("village", 12), { gender: { women: 0, known: 12 } }));
    expect(none.sections[0]!.body).toContain("0 di antaranya perempuan (0,0\u00A0%)");
    const all = buildBrief(input("en", marketing("village", 12)));
    expect(all.sections[0]!.body).toContain("12 of them women (100.0\u00A0%)");
    expect(all.footnotes.every((n) => n.text.startsWith("Round R-2019, rubric rubrik-2019-v1: "))).toBe(true);
  });

  it("the first recommendation of a unit with nothing but local sales is about markets", () => {
    const b = buildBrief(input("id", marketing("village", 12)));
    const recs = b.sections.find((s) => s.key === "recommendations")!.body;
    expect(recs).toMatch(/^1\. \*\*/m);
  });

  it("regenerating keeps edited text where no number moved and replaces it where one did", () => {
    const a = buildBrief(input("id", marketing("village", 12)));
    const edited = { ...a, sections: a.sections.map((s) => (s.key === "method" || s.key === "summary" ? { ...s, body: "teks saya", edited: true } : s)) };
    const fresh = buildBrief(input("id", marketing("village", 13)));
    const merged = mergeRegenerated(edited, fresh);
    expect(merged.kept).toEqual([]);
    expect(merged.changes.some((c) => c.section === "summary" && c.key === "n" && c.before === "12" && c.after === "13")).toBe(true);
    const same = mergeRegenerated(edited, buildBrief(input("id", marketing("village", 12))));
    expect(same.kept).toEqual(["summary", "method"]);
    expect(same.document.sections[0]!.body).toBe("teks saya");
  });
});

describe("section Markdown", () => {
  it.each([
    ["## Judul", "<h3>Judul</h3>"],
    ["- a\n- b", "<ul><li>a</li><li>b</li></ul>"],
    ["1. satu\n2. dua", "<ol><li>satu</li><li>dua</li></ol>"],
    ["**tebal** dan *miring*", "<p><strong>tebal</strong> dan <em>miring</em></p>"],
    ["[portal](https://example.org/a?b=1&c=2)", '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">portal</a></p>'],
    ["angka[^3]", '<p>angka<sup class="fn-ref"><a href="#fn-3">3</a></sup></p>'],
    ["<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["[x](javascript:alert(1))", "<p>x)</p>"],
    ['"kutip" & \'a\'', "<p>&quot;kutip&quot; &amp; &#39;a&#39;</p>"],
  ])("%s", (md, html) => {
    expect(markdownToHtml(md)).toBe(html);
  });

  it.each([
    ["<b>x</b>", ["html"]],
    ["[x](javascript:alert(1))", ["link"]],
    ["[x](https://ok.example)", []],
    ["1 < 2 dan 3 > 2", []],
  ] as const)("problems of %s", (md, problems) => {
    expect(markdownProblems(md)).toEqual(problems);
  });
});
