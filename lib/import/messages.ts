import type { Locale } from "@/lib/i18n/config";
import type { Bilingual } from "@/lib/instrument/fields";

/** A problem found in an import file: where (line 1 is the header) and what, in both languages. */
export type ImportMessage = { line?: number; column?: string; text: Bilingual };

const WORDS = { id: { line: "baris", column: "kolom" }, en: { line: "line", column: "column" } } as const;

/** "baris 14, kolom value_added: '75%' bukan kode …" — the place first, then the sentence. */
export function formatMessage(m: ImportMessage, locale: Locale): string {
  const w = WORDS[locale];
  const where = [m.line !== undefined ? `${w.line} ${m.line}` : null, m.column !== undefined ? `${w.column} ${m.column}` : null]
    .filter((part) => part !== null)
    .join(", ");
  return where ? `${where}: ${m.text[locale]}` : m.text[locale];
}

/** A cell value quoted for a message, cut short so one bad cell cannot flood the report. */
export function quote(value: string): string {
  return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
}
