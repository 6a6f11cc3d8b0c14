import { IR_CLASSES_V1 } from "@/lib/scoring/ir-class";
import { describe, expect, it } from "vitest";
import en from "@/messages/indicators.en.json";
import id from "@/messages/indicators.id.json";
import { INDICATOR_FIELDS, indicatorField } from "./fields";
import { headline, summarise, type SummaryTexts } from "./summary";
import { indicatorTable, indicatorTables } from "./tables";
import { paperRecords } from "./test-records";

const TEXTS = { id: id.indicators.summary, en: en.indicators.summary } as { id: SummaryTexts; en: SummaryTexts };
const tablesOf = (locale: "id" | "en") => Object.fromEntries(indicatorTables(paperRecords(), locale, IR_CLASSES_V1).map((t) => [t.field, t]));
const plain = (s: string) => s.replace(/\u00A0/g, " ");

describe("summary sentences of the paper round", () => {
  const ids = tablesOf("id");
  const ens = tablesOf("en");
  const say = (field: string) => [plain(summarise(ids[field]!, "id", TEXTS.id)), plain(summarise(ens[field]!, "en", TEXTS.en))];

  it.each([
    ["marketing_zone", "69,3 % menjual hanya di sekitar desa (70 dari 101).", "69.3 % sell only around the village (70 of 101)."],
    ["ir_class", "90,1 % tergolong IR Berkembang (91 dari 101).", "90.1 % are developing home industries (HI 2) (91 of 101)."],
    ["value_added", "54,5 % memperoleh nilai tambah lebih dari 75 % harga jual (55 dari 101).", "54.5 % add more than 75 % of the selling price in value (55 of 101)."],
    ["business_permit", "95,0 % belum memiliki izin usaha (96 dari 101).", "95.0 % have no business permit (96 of 101)."],
    ["gender", "100,0 % pelaku IR adalah perempuan (101 dari 101).", "100.0 % of the home-industry actors are women (101 of 101)."],
  ])("%s", (field, idText, enText) => {
    expect(say(field)).toEqual([idText, enText]);
  });

  it("falls back to the generic sentence for answers without a template", () => {
    const t = (locale: "id" | "en") => indicatorTable([{ education: "primary" }, { education: "primary" }, { education: "none" }], indicatorField("education")!, locale);
    expect(plain(summarise(t("id"), "id", TEXTS.id))).toBe("Jawaban terbanyak: SD / sederajat (66,7 %, 2 dari 3).");
    expect(plain(summarise(t("en"), "en", TEXTS.en))).toBe("Most common answer: Primary school (66.7 %, 2 of 3).");
  });

  it("says when answers tie and when nobody answered", () => {
    const tie = indicatorTable([{ cooperation: "yes" }, { cooperation: "no" }], indicatorField("cooperation")!, "en");
    expect(plain(summarise(tie, "en", TEXTS.en))).toBe("Most common answers, tied: Yes / No (50.0 % each, 1 of 2).");
    const none = indicatorTable([{}], indicatorField("cooperation")!, "id");
    expect(summarise(none, "id", TEXTS.id)).toBe("Belum ada responden yang menjawab pertanyaan ini.");
    expect(headline(none, "id", TEXTS.id)).toBe("Ada kerja sama vertikal atau horizontal? (belum ada jawaban)");
  });

  it("the empty multi-select answer has its own sentence", () => {
    const t = indicatorTable([{ hi_program_support: [] }, { hi_program_support: ["training"] }, { hi_program_support: [] }], indicatorField("hi_program_support")!, "en");
    expect(plain(summarise(t, "en", TEXTS.en))).toBe("66.7 % have received no home-industry programme support (2 of 3).");
  });

  it("headlines state the finding", () => {
    expect(plain(headline(ids.marketing_zone!, "id", TEXTS.id))).toBe("Wilayah pemasaran: Sekitar desa (69,3 %)");
    expect(plain(headline(ens.ir_class!, "en", TEXTS.en))).toBe("Home-industry (HI) class: Developing HI (HI 2) (90.1 %)");
    expect(plain(headline(ids.business_permit!, "id", TEXTS.id))).toBe("Memiliki izin usaha? Tidak (95,0 %)");
  });

  it("every template names a real field and code, and fills only known placeholders", () => {
    for (const texts of [TEXTS.id, TEXTS.en]) {
      for (const [field, byCode] of Object.entries(texts.fields)) {
        const def = INDICATOR_FIELDS.find((f) => f.name === field);
        expect(def, field).toBeDefined();
        for (const [code, template] of Object.entries(byCode)) {
          expect(code === "_none" ? def!.multi : def!.codes.some((c) => c.code === code), `${field}.${code}`).toBe(true);
          expect(template.match(/\{(\w+)\}/g)?.filter((p) => !["{pct}", "{n}", "{total}", "{label}"].includes(p)) ?? []).toEqual([]);
        }
      }
    }
  });
});
