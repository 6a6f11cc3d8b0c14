import type { Bilingual } from "@/lib/instrument/fields";
import { allOf } from "@/lib/instrument/allowed";
import { quote } from "./messages";

// Messages about the header and about rows as a whole (cell messages: cell-texts.ts).

export const tableText = {
  missingColumns: (names: string[]): Bilingual => ({
    id:
      `kolom wajib tidak ada: ${names.join(", ")}; tambahkan ${names.length > 1 ? "kolom-kolom" : "kolom"} itu ke baris judul ` +
      "(ekspor KoboToolbox: pilih 'XML values and headers')",
    en:
      `required column${names.length > 1 ? "s" : ""} missing: ${names.join(", ")}; add ${names.length > 1 ? "them" : "it"} ` +
      "to the header row (KoboToolbox export: choose 'XML values and headers')",
  }),
  duplicateColumn: (name: string, first: number, second: number): Bilingual => ({
    id: `kolom ${name} muncul dua kali (kolom ke-${first} dan ke-${second}); sisakan satu saja`,
    en: `column ${name} appears twice (columns ${first} and ${second}); keep only one`,
  }),
  unknownColumn: (suggestion: string | null): Bilingual =>
    suggestion
      ? { id: `kolom tidak dikenal, diabaikan; mungkin maksudnya ${suggestion}?`, en: `unknown column, ignored; did you mean ${suggestion}?` }
      : {
          id: "kolom tidak dikenal, diabaikan; nama kolom yang dikenal tercantum di instrumen survei",
          en: "unknown column, ignored; the known column names are listed in the survey instrument",
        },
  unnamedColumn: (position: number): Bilingual => ({
    id: `kolom ke-${position} berisi data tetapi tidak bernama, diabaikan; beri nama kolom di baris judul`,
    en: `column ${position} holds data but has no name, ignored; name it in the header row`,
  }),
  raggedRow: (cells: number, header: number): Bilingual => ({
    id: `baris ini punya ${cells} sel, sedangkan baris judul ${header}; periksa pemisah kolom dan tanda kutip`,
    en: `this row has ${cells} cells but the header has ${header}; check the delimiter and the quotes`,
  }),
  duplicateKey: (key: { name: string; value: string }[], firstLine: number): Bilingual => {
    const values = key.map((k) => `${k.name} ${quote(k.value)}`);
    const names = key.map((k) => k.name);
    return {
      id: `${allOf(values, "id")} sudah ada di baris ${firstLine}; setiap baris perlu ${allOf(names, "id")} yang unik`,
      en: `${allOf(values, "en")} already ${key.length > 1 ? "appear" : "appears"} on line ${firstLine}; each row needs a unique ${allOf(names, "en")}`,
    };
  },
  greaterThan: (value: string, other: string, otherValue: string, self: string): Bilingual => ({
    id: `${quote(value)} lebih besar dari ${other} (${otherValue}); ${self} tidak boleh melebihi ${other}`,
    en: `${quote(value)} is greater than ${other} (${otherValue}); ${self} may not exceed ${other}`,
  }),
};
