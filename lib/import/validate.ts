import type { FieldDef } from "@/lib/instrument/fields";
import { parseCell } from "./cells";
import { classifyColumn, closestField } from "./columns";
import type { ImportMessage } from "./messages";
import type { Table } from "./read-table";
import { tableText } from "./table-texts";

export type ParseOptions = { isKnownVillage: (code: string) => boolean };

export type ParseResult<R> = {
  rows: { line: number; record: R }[];
  /** rows with at least one error, with their cells as written (keyed by field name) */
  rejected: { line: number; cells: Record<string, string>; errors: ImportMessage[] }[];
  /** the file-level error, if any, and every row error in line order */
  errors: ImportMessage[];
  warnings: ImportMessage[];
  fileError?: ImportMessage;
  /** the instrument's columns found in the file, in instrument order */
  columns: string[];
};

/** What a file kind adds to its field list: the row identity and cross-column limits. */
export type TableRules = {
  fields: readonly FieldDef[];
  /** columns that identify a row; a second row with the same values is rejected */
  key: readonly string[];
  /** [a, b]: a may not exceed b (workers_women ≤ workers_total) */
  notAbove?: readonly (readonly [string, string])[];
};

type Columns = { index: Map<string, number>; warnings: ImportMessage[]; fileError?: ImportMessage };

function mapColumns(table: Table, fields: readonly FieldDef[], headerLine: number): Columns {
  const index = new Map<string, number>();
  const warnings: ImportMessage[] = [];
  let fileError: ImportMessage | undefined;
  table.header.forEach((raw, i) => {
    const name = raw.trim();
    if (name === "") {
      if (table.rows.some((r) => (r.cells[i] ?? "").trim() !== "")) warnings.push({ line: headerLine, text: tableText.unnamedColumn(i + 1) });
      return;
    }
    const c = classifyColumn(name, fields);
    if (c.kind === "unknown") warnings.push({ line: headerLine, column: name, text: tableText.unknownColumn(closestField(name, fields)) });
    if (c.kind !== "field") return;
    const first = index.get(c.field.name);
    if (first === undefined) index.set(c.field.name, i);
    else fileError ??= { line: headerLine, column: c.field.name, text: tableText.duplicateColumn(c.field.name, first + 1, i + 1) };
  });
  const missing = fields.filter((f) => f.required && !index.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    fileError ??= { line: headerLine, ...(missing.length === 1 ? { column: missing[0] } : {}), text: tableText.missingColumns(missing) };
  }
  return { index, warnings, fileError };
}

/** Checks every row of a table against a field list; no per-field code, the definitions drive it. */
export function validateTable<R>(table: Table, rules: TableRules, options: ParseOptions): ParseResult<R> {
  const headerLine = table.headerLine ?? 1;
  const { index, warnings, fileError } = mapColumns(table, rules.fields, headerLine);
  const columns = rules.fields.filter((f) => index.has(f.name)).map((f) => f.name);
  if (fileError) return { rows: [], rejected: [], errors: [fileError], warnings, fileError, columns };

  const result: ParseResult<R> = { rows: [], rejected: [], errors: [], warnings, columns };
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const errors: ImportMessage[] = [];
    if (cells.length > table.header.length && cells.slice(table.header.length).some((c) => c.trim() !== "")) {
      errors.push({ line, text: tableText.raggedRow(cells.length, table.header.length) });
    }
    const record: Record<string, unknown> = {};
    const cell = (name: string) => {
      const i = index.get(name);
      return i === undefined ? "" : (cells[i] ?? "");
    };
    for (const f of rules.fields) {
      const parsed = parseCell(f, cell(f.name), options);
      if (parsed.ok) record[f.name] = parsed.value;
      else errors.push({ line, column: f.name, text: parsed.text });
    }
    for (const [a, b] of rules.notAbove ?? []) {
      const va = record[a];
      const vb = record[b];
      if (typeof va === "number" && typeof vb === "number" && va > vb) {
        errors.push({ line, column: a, text: tableText.greaterThan(cell(a).trim(), b, cell(b).trim(), a) });
      }
    }
    const keyValues = rules.key.map((k) => record[k]);
    if (keyValues.every((v) => v !== null && v !== undefined)) {
      const key = JSON.stringify(keyValues);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else {
        const text = tableText.duplicateKey(rules.key.map((name, i) => ({ name, value: String(keyValues[i]) })), first);
        errors.push({ line, column: rules.key[rules.key.length - 1], text });
      }
    }
    if (errors.length === 0) result.rows.push({ line, record: record as R });
    else {
      result.rejected.push({ line, cells: Object.fromEntries(columns.map((c) => [c, cell(c)])), errors });
      result.errors.push(...errors);
    }
  }
  return result;
}
