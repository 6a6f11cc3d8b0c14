import type { Locale } from "@/lib/i18n/config";
import { LIKERT } from "./codes";
import type { Bilingual, FieldDef } from "./field-types";

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** "a, b atau c" / "a, b or c". */
export const listOf = (items: readonly string[], locale: Locale) => joinWith(items, locale === "id" ? "atau" : "or");
/** "a, b dan c" / "a, b and c". */
export const allOf = (items: readonly string[], locale: Locale) => joinWith(items, locale === "id" ? "dan" : "and");

const both = (make: (l: Locale) => string): Bilingual => ({ id: make("id"), en: make("en") });

function range(f: FieldDef, l: Locale, noun: Bilingual): string {
  // rupiah bounds read as amounts ("100.000.000.000"); years and counts stay plain ("2015")
  const shown = (n: number | undefined) => (n === undefined || f.type !== "rupiah" ? n : new Intl.NumberFormat(l === "id" ? "id-ID" : "en-US").format(n));
  const [min, max] = [shown(f.min), shown(f.max)];
  if (min !== undefined && max !== undefined) return l === "id" ? `${noun.id} ${min} sampai ${max}` : `${noun.en} from ${min} to ${max}`;
  if (min !== undefined) return l === "id" ? `${noun.id} ${min} atau lebih` : `${noun.en} of ${min} or more`;
  return l === "id" ? noun.id : noun.en;
}

const NUMERIC = {
  integer: { noun: { id: "bilangan bulat", en: "a whole number" }, example: { id: "", en: "" } },
  number: { noun: { id: "angka", en: "a number" }, example: { id: "; desimal dengan koma, mis. 12,5", en: "; decimals with a comma, e.g. 12,5" } },
  rupiah: {
    noun: { id: "jumlah rupiah bulat", en: "a whole rupiah amount" },
    example: { id: ", mis. 1250000, 1.250.000 atau Rp 1.250.000", en: ", e.g. 1250000, 1.250.000 or Rp 1.250.000" },
  },
} as const;

const likertLabel = (n: number | undefined, l: Locale) => LIKERT.find((c) => c.code === String(n))?.label[l].toLowerCase() ?? "";

/** What a column accepts, as the second half of a message: "gunakan female atau male". */
export function allowedValues(f: FieldDef): Bilingual {
  const codes = (f.codes ?? []).map((c) => c.code);
  return both((l) => {
    const use = l === "id" ? "gunakan" : "use";
    switch (f.type) {
      case "code":
        return `${use} ${listOf(codes, l)}`;
      case "multi":
        return l === "id"
          ? `gunakan ${listOf(codes, l)}; boleh lebih dari satu, dipisah spasi; kosong berarti tidak ada`
          : `use ${listOf(codes, l)}; several are allowed, separated by spaces; empty means none`;
      case "id":
        return l === "id"
          ? `gunakan 1-${f.maxLength ?? 64} karakter: huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi`
          : `use 1-${f.maxLength ?? 64} characters: letters, digits, '.', '_' or '-', no spaces`;
      case "village_code":
        return l === "id"
          ? "gunakan kode desa Kemendagri berbentuk PP.KK.DD.VVVV, mis. 18.01.16.2004"
          : "use a Kemendagri village code of the form PP.KK.DD.VVVV, e.g. 18.01.16.2004";
      case "likert":
        return `${use} ${f.min} (${likertLabel(f.min, l)}) ${l === "id" ? "sampai" : "to"} ${f.max} (${likertLabel(f.max, l)})`;
      case "integer":
      case "number":
      case "rupiah":
        return `${use} ${range(f, l, NUMERIC[f.type].noun)}${NUMERIC[f.type].example[l]}`;
      case "text":
        return l === "id" ? `gunakan teks paling banyak ${f.maxLength} karakter` : `use text of at most ${f.maxLength} characters`;
    }
  });
}

