// Shared fixtures of the importer tests (not a test file itself).
import { stringify } from "csv-stringify/sync";
import { expect } from "vitest";
import { readTable, type Table } from "./read-table";

export const VILLAGES = new Set(["18.01.16.2004", "18.01.16.2009", "18.01.16.2016"]);
export const OPTIONS = { isKnownVillage: (code: string) => VILLAGES.has(code) };

export { CLUSTER_ROW, PKTD_ROW, RESPONDENT_ROW } from "./fixture-rows";

/** A CSV text with the header of the first row; cells quoted only where RFC 4180 needs it. */
export function csvOf(rows: readonly Record<string, string>[], delimiter: "," | ";" = ","): string {
  const header = Object.keys(rows[0] ?? {});
  return stringify([header, ...rows.map((r) => header.map((h) => r[h] ?? ""))], { delimiter });
}

/** Keys that make each generated row distinct, so only the change under test is wrong. */
function distinct(base: Readonly<Record<string, string>>, i: number): Record<string, string> {
  if ("respondent_id" in base) return { respondent_id: `R-${i + 1}` };
  if ("year" in base) return { year: String(2016 + i) };
  if ("cluster_code" in base) return { cluster_code: `C-${i + 1}` };
  return {};
}

/** Copies of a row with distinct keys, `changes` applied on `line` (2 = the first data row). */
export function rowsWith(base: Readonly<Record<string, string>>, changes: Record<string, string>, line = 2, count = 1) {
  return Array.from({ length: Math.max(count, line - 1) }, (_, i) => {
    const row = { ...base, ...distinct(base, i) };
    return i + 2 === line ? { ...row, ...changes } : row;
  });
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export async function tableOf(input: string | Uint8Array, fileName = "data.csv"): Promise<Table> {
  const result = await readTable(typeof input === "string" ? bytesOf(input) : input, fileName);
  if (!result.ok) throw new Error(`unreadable: ${result.error.text.en}`);
  return result;
}

/** Asserts one message: where it is, and distinctive parts of both languages. */
export function expectMessage(m: { line?: number; column?: string; text: { id: string; en: string } } | undefined, want: Want) {
  expect(m, "a message").toBeDefined();
  expect({ line: m?.line, column: m?.column }).toEqual({ line: want.line, column: want.column });
  expect(m?.text.id).toContain(want.id);
  expect(m?.text.en).toContain(want.en);
}
export type Want = { line?: number; column?: string; id: string; en: string };
