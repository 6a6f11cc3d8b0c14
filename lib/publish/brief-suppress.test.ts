import { describe, expect, it } from "vitest";
import { buildBrief } from "@/lib/briefs/build";
import type { BriefInput } from "@/lib/briefs/input";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { scoreUnit, type Answers } from "@/lib/scoring/score-unit";
import { BASE } from "@/lib/scoring/test-fixtures";
import { suppressBriefText } from "./brief-suppress";
import { publicBrief } from "./public-view";

describe("suppressBriefText", () => {
  it.each([
    ["id", "hanya 12,5\u00A0% anggota yang menjual di luar kabupaten (1 dari 8).", "hanya < 62,5\u00A0% anggota yang menjual di luar kabupaten (< 5 dari 8)."],
    ["en", "only 3.6\u00A0% of members sell outside the regency (2 of 56).", "only < 8.9\u00A0% of members sell outside the regency (< 5 of 56)."],
    // the complement (54 of 56 leaves 2) is given as a bound, not the count
    ["en", "96.4\u00A0% of members sell (54 of 56).", "> 91.1\u00A0% of members sell (> 51 of 56)."],
    ["id", "semua anggota yang menjawab menjual (56 dari 56).", "semua anggota yang menjawab menjual (56 dari 56)."],
    ["id", "tidak ada anggota yang menjual (0 dari 56).", "tidak ada anggota yang menjual (0 dari 56)."],
    ["id", "Keanggotaan kelompok: 50,0\u00A0% (28 dari 56); arisan: 5,4\u00A0% (3 dari 56).", "Keanggotaan kelompok: 50,0\u00A0% (28 dari 56); arisan: < 8,9\u00A0% (< 5 dari 56)."],
    ["id", "Data berasal dari 56 responden, 53 di antaranya perempuan (94,6\u00A0%).", "Data berasal dari 56 responden, > 51 di antaranya perempuan (> 91,1\u00A0%)."],
    ["id", "Menurut kelas IR: 40 IR Pemula, 14 IR Berkembang, dan 2 IR Maju.", "Menurut kelas IR: 40 IR Pemula, ≥ 5 IR Berkembang, dan < 5 IR Maju."],
    ["en", "By home-industry class: 40 beginner (HI 1), 14 developing (HI 2) and 2 advanced (HI 3).", "By home-industry class: 40 beginner (HI 1), ≥ 5 developing (HI 2) and < 5 advanced (HI 3)."],
    ["id", "Bukti: izin skor 1,20 dari 3; jawaban: ya 3, tidak 53 (n = 56); prioritas 0,1.", "Bukti: izin skor 1,20 dari 3; jawaban: ya < 5, tidak ≥ 5 (n = 56); prioritas 0,1."],
    ["en", "indicator permit, 3 respondents answered", "indicator permit, < 5 respondents answered"],
    ["id", "Izin usaha (1,00): satu-satunya anggota yang menjawab tidak memiliki izin usaha.[^3]", "Izin usaha (1,00): kurang dari 5 anggota menjawab.[^3]"],
    ["en", "The social-capital index is 75.0 out of 100, from a single respondent.[^9]", "The social-capital index is 75.0 out of 100, from fewer than 5 respondents.[^9]"],
    ["id", "hanya 33,3\u00A0% anggota yang memiliki izin (1 dari 3).", "hanya — anggota yang memiliki izin (< 5 dari < 5)."],
    // scores, indices and rule counts are not counts of respondents
    ["id", "Skor variabel: 1,67 dari 3 (bobot 0,25). Desa (2019): 3 dari 5 aturan PKTD terpenuhi.", "Skor variabel: 1,67 dari 3 (bobot 0,25). Desa (2019): 3 dari 5 aturan PKTD terpenuhi."],
  ] as const)("%s: %s", (lang, text, shown) => expect(suppressBriefText(text, lang, 56)).toBe(shown));
});

const SC = { sc_trust_1: 4, sc_trust_2: 4, sc_reciprocity_1: 4, sc_reciprocity_2: 4, sc_norms_1: 4, sc_norms_2: 4, sc_networks_1: 4, sc_networks_2: 4 };
const brief = (lang: "id" | "en", people: Answers[]) => {
  const input: BriefInput = {
    lang,
    unit: { type: "cluster", code: "C1", name: "Sentra Uji", place: "Canti, Raja Basa" },
    round: { code: "R-2019", name: "Uji 2019", periodStart: "2019-03-01", periodEnd: "2019-06-30", origin: "survey", provenance: null },
    rubric: RUBRIC_V1,
    score: scoreUnit(RUBRIC_V1, people),
    policySupport: null,
    gender: { women: people.length - 1, known: people.length },
    villageNames: {},
    author: "Uji",
    generatedAt: "2026-11-30T03:00:00Z",
    map: null,
  };
  return buildBrief(input);
};

describe("publicBrief", () => {
  // 20 members, 2 of them selling outside the regency and 1 man: small cells in several sentences
  const people: Answers[] = Array.from({ length: 20 }, (_, i) => ({ ...BASE, ...SC, marketing_zone: i < 2 ? "outside_regency" : "village" }));

  it.each(["id", "en"] as const)("hides every small count of a generated brief (%s), keeps the rest", (lang) => {
    const doc = brief(lang, people);
    const all = doc.sections.map((s) => s.body).join("\n");
    const of = lang === "id" ? "dari" : "of";
    expect(all).toContain(`(2 ${of} 20)`);
    const pub = publicBrief(doc)!;
    const text = pub.sections.map((s) => s.body).join("\n") + pub.footnotes.map((f) => f.text).join("\n");
    expect(text).not.toMatch(new RegExp(String.raw`\((?:[1-4]|1[6-9]) ${of} 20\)`));
    expect(text).toContain(`(< 5 ${of} 20)`);
    expect(text).toContain(lang === "id" ? "> 15 di antaranya perempuan" : "> 15 of them women");
    expect(pub.sections.every((s) => s.generated === "" && Object.keys(s.numbers).length === 0)).toBe(true);
    expect(pub.title).toBe(doc.title);
  });

  it("keeps no brief of a unit under 5 respondents public", () => {
    expect(publicBrief(brief("id", people.slice(0, 4)))).toBeNull();
    expect(publicBrief(brief("id", people.slice(0, 5)))).not.toBeNull();
  });
});
