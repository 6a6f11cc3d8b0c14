import type { Bilingual } from "@/lib/instrument/fields";
import { formatLocaleNumber } from "./numbers";

/**
 * How much one uploaded file may ask of the server. The instrument has 52 columns and a cell
 * of at most a few hundred characters; a round of 100,000 respondents fits the row limit.
 * Anything beyond is refused with a sentence, before the work that would cost memory or time.
 */
export const BUDGET = {
  /** the upload itself (the server action's body limit sits a little above it) */
  maxFileMb: 20,
  maxColumns: 300,
  maxCellChars: 5_000,
  maxRows: 200_000,
  /** all the XML inside an XLSX, counted while inflating it, before the sheet is parsed */
  maxXlsxExpandedMb: 60,
  /** the parse of one file, in its worker thread */
  maxSeconds: 30,
  /** the worker thread's heap; a file that needs more is refused, the server keeps running */
  maxWorkerHeapMb: 768,
} as const;

export type Budget = { readonly [K in keyof typeof BUDGET]: number };

const n = (v: number) => formatLocaleNumber(v);

export const budgetText = {
  fileTooLarge: (mb: number): Bilingual => ({
    id: `berkas lebih besar dari ${n(mb)} MB; bagi menjadi beberapa berkas`,
    en: `the file is larger than ${n(mb)} MB; split it into several files`,
  }),
  tooManyColumns: (max: number): Bilingual => ({
    id: `baris ini memiliki lebih dari ${n(max)} kolom; formulir survei hanya memiliki ${n(52)} kolom — periksa pemisah kolom`,
    en: `this line has more than ${n(max)} columns; the survey form has only ${n(52)} — check the delimiter`,
  }),
  cellTooLong: (max: number): Bilingual => ({
    id: `ada sel yang lebih panjang dari ${n(max)} karakter; periksa tanda kutip dan pemisah baris`,
    en: `a cell is longer than ${n(max)} characters; check the quotes and line breaks`,
  }),
  tooManyRows: (max: number): Bilingual => ({
    id: `berkas memiliki lebih dari ${n(max)} baris data; bagi menjadi beberapa berkas`,
    en: `the file has more than ${n(max)} data rows; split it into several files`,
  }),
  xlsxTooLarge: (mb: number): Bilingual => ({
    id: `isi XLSX ini mengembang menjadi lebih dari ${n(mb)} MB saat dibuka; simpan sebagai "CSV UTF-8" atau bagi menjadi beberapa berkas`,
    en: `this XLSX expands to more than ${n(mb)} MB when opened; save it as "CSV UTF-8" or split it into several files`,
  }),
  tooSlow: (seconds: number): Bilingual => ({
    id: `berkas tidak selesai dibaca dalam ${n(seconds)} detik; bagi menjadi beberapa berkas atau simpan sebagai "CSV UTF-8"`,
    en: `the file could not be read within ${n(seconds)} seconds; split it into several files or save it as "CSV UTF-8"`,
  }),
  tooHeavy: {
    id: 'berkas membutuhkan terlalu banyak memori untuk dibaca; bagi menjadi beberapa berkas atau simpan sebagai "CSV UTF-8"',
    en: 'reading the file needs too much memory; split it into several files or save it as "CSV UTF-8"',
  },
};
