import { describe, expect, it } from "vitest";
import { explainIr, explainScore } from "./explain";
import { RUBRIC_V1, rubricWith } from "./rubric";
import { scoreUnit, type UnitScore } from "./score-unit";
import { BASE } from "./test-fixtures";

/** A score with the given readiness; the rest of the working as scoreUnit makes it. */
function withReadiness(readiness: number): UnitScore {
  const s = scoreUnit(RUBRIC_V1, Array.from({ length: 10 }, () => BASE));
  const r = structuredClone(s);
  r.readiness = readiness;
  const { rintisan, matang } = RUBRIC_V1.cutoffs;
  r.stratum = readiness < rintisan ? "sentra" : readiness < matang ? "rintisan" : "matang";
  r.working.next = r.stratum === "sentra" ? { stratum: "rintisan", distance: rintisan - readiness } : r.stratum === "rintisan" ? { stratum: "matang", distance: matang - readiness } : null;
  r.working.previous = r.stratum === "rintisan" ? { stratum: "sentra", margin: readiness - rintisan } : r.stratum === "matang" ? { stratum: "rintisan", margin: readiness - matang } : null;
  return r;
}

describe("explainScore", () => {
  it("says where a pilot cluster stands, in Indonesian with comma decimals", () => {
    const e = explainScore(RUBRIC_V1, withReadiness(2.05), "id");
    expect(e.headline).toBe("Klaster rintisan: kesiapan 2,05 (n = 10)");
    expect(e.sentences[0]).toBe("Kesiapan 2,05 berada di atas batas klaster rintisan (1,67); perlu naik 0,28 lagi untuk menjadi klaster matang (2,33).");
  });

  it("and in English", () => {
    const e = explainScore(RUBRIC_V1, withReadiness(2.05), "en");
    expect(e.headline).toBe("Pilot cluster (initial stage): readiness 2.05 (n = 10)");
    expect(e.sentences[0]).toBe("Readiness 2.05 is above the pilot cluster (initial stage) cut-off (1.67); it needs to rise 0.28 more to become a mature cluster (2.33).");
  });

  it.each([
    [1.5, "id", "Kesiapan 1,50 berada di bawah batas klaster rintisan (1,67); perlu naik 0,17 lagi untuk menjadi klaster rintisan."],
    [2.5, "id", "Kesiapan 2,50 berada di atas batas klaster matang (2,33), strata tertinggi."],
    [7 / 3, "en", "Readiness 2.33 is exactly at the mature cluster cut-off (2.33), the highest stratum."],
    [7 / 3 - 1e-6, "id", "Kesiapan 2,33 berada di atas batas klaster rintisan (1,67); perlu naik kurang dari 0,01 lagi untuk menjadi klaster matang (2,33)."],
  ] as const)("readiness %d (%s)", (readiness, locale, sentence) => {
    expect(explainScore(RUBRIC_V1, withReadiness(readiness), locale).sentences[0]).toBe(sentence);
  });

  it("shows each variable's score × weight = contribution and the weakest indicators", () => {
    const s = scoreUnit(RUBRIC_V1, Array.from({ length: 10 }, () => BASE));
    const e = explainScore(RUBRIC_V1, s, "id");
    expect(e.sentences).toContain("Kelembagaan klaster: 1,89 × bobot 0,12 = 0,23.");
    expect(e.sentences).toContain("Konektivitas: 2,00 × bobot 0,33 = 0,66.");
    expect(e.sentences).toContain("Indikator terlemah (di bawah 2,00): izin usaha 1,00; cara pembayaran 1,00; spesialisasi 1,00.");
    expect(e.sentences.at(-1)).toBe("Modal sosial: tidak ada data.");
    const en = explainScore(RUBRIC_V1, s, "en");
    expect(en.sentences).toContain("Business performance: 1.78 × weight 0.30 = 0.53.");
  });

  it("explains a unit without readiness", () => {
    const e = explainScore(RUBRIC_V1, scoreUnit(RUBRIC_V1, []), "en");
    expect(e.headline).toBe("Cluster readiness cannot be computed (n = 0)");
    expect(e.sentences[0]).toBe("No data for: cluster institution, cluster activity, business performance, connectivity.");
  });

  it("uses the rubric's cut-offs", () => {
    const v2 = rubricWith(RUBRIC_V1, { cutoffs: { rintisan: 1.5 } });
    expect(explainScore(v2, scoreUnit(v2, Array.from({ length: 10 }, () => BASE)), "en").sentences[0]).toContain("(1.50)");
  });
});

describe("explainIr", () => {
  const items = { ir_continuity: 3, ir_capital: 1, ir_legality: 0, ir_market: 2, ir_labour: 1, ir_management: 0 };
  it("shows the six items and the total → class", () => {
    const e = explainIr(items, "id");
    expect(e.headline).toBe("IR Berkembang (IR 2): skor 7 dari 18");
    expect(e.sentences).toEqual([
      "Kesinambungan usaha 3 + permodalan 1 + perizinan 0 + jangkauan pasar 2 + tenaga kerja 1 + manajemen produksi dan pembukuan 0 = 7.",
      "Skor 7 berada pada rentang 7-12: IR Berkembang (IR 2).",
    ]);
    expect(explainIr({ ...items, ir_continuity: 2 }, "en").sentences[1]).toBe("A score of 6 lies in the range 0-6: beginner home industry (HI 1).");
  });
  it("names the missing items", () => {
    const e = explainIr({ ...items, ir_legality: null }, "en");
    expect(e.irClass).toBe("unclassified");
    expect(e.sentences).toEqual(["No data for licensing: the home industry cannot be classified."]);
  });
});
