import { allowedValues as allowed } from "@/lib/instrument/allowed";
import type { Bilingual, FieldDef } from "@/lib/instrument/fields";
import { quote } from "./messages";

// Every cell error says what is wrong and then what the column allows.

const withAllowed = (f: FieldDef, id: string, en: string): Bilingual => {
  const a = allowed(f);
  return { id: `${id}; ${a.id}`, en: `${en}; ${a.en}` };
};

export const cellText = {
  requiredEmpty: (f: FieldDef) => withAllowed(f, "sel wajib ini kosong", "this required cell is empty"),
  notACode: (f: FieldDef, v: string) => withAllowed(f, `${quote(v)} bukan kode yang dikenal`, `${quote(v)} is not a known code`),
  notCodes: (f: FieldDef, vs: string[]) =>
    vs.length === 1
      ? cellText.notACode(f, vs[0] ?? "")
      : withAllowed(f, `${vs.map(quote).join(", ")} bukan kode yang dikenal`, `${vs.map(quote).join(", ")} are not known codes`),
  badId: (f: FieldDef, v: string) => withAllowed(f, `${quote(v)} bukan ID yang sah`, `${quote(v)} is not a valid id`),
  looksLikeNik: (v: string): Bilingual => ({
    id: `${quote(v)} tampak seperti NIK (16 angka); gunakan ID samaran, jangan NIK atau nama`,
    en: `${quote(v)} looks like a NIK (16 digits); use a pseudonymous id, never a NIK or a name`,
  }),
  badVillageShape: (f: FieldDef, v: string) =>
    withAllowed(f, `${quote(v)} bukan kode desa Kemendagri`, `${quote(v)} is not a Kemendagri village code`),
  unknownVillage: (v: string): Bilingual => ({
    id: `kode desa ${quote(v)} tidak ada dalam daftar wilayah; gunakan kode desa Kemendagri yang terdaftar`,
    en: `village code ${quote(v)} is not in the list of admin units; use a registered Kemendagri village code`,
  }),
  notANumber: (f: FieldDef, v: string) => withAllowed(f, `${quote(v)} bukan angka`, `${quote(v)} is not a number`),
  notWhole: (f: FieldDef, v: string) => withAllowed(f, `${quote(v)} bukan bilangan bulat`, `${quote(v)} is not a whole number`),
  outOfRange: (f: FieldDef, v: string) => withAllowed(f, `${quote(v)} di luar rentang`, `${quote(v)} is out of range`),
  tooLong: (f: FieldDef, n: number) =>
    withAllowed(f, `teks terlalu panjang (${n} karakter)`, `the text is too long (${n} characters)`),
  controlCharacter: (f: FieldDef) =>
    withAllowed(f, "teks berisi karakter kendali yang tidak terlihat; hapus karakter itu", "the text holds an invisible control character; remove it"),
  formula: (v: string, ch: string): Bilingual => ({
    id: `${quote(v)} diawali '${ch}' sehingga bisa dijalankan sebagai rumus spreadsheet; hapus '${ch}' di awal teks`,
    en: `${quote(v)} starts with '${ch}' and could run as a spreadsheet formula; remove the leading '${ch}'`,
  }),
};
