import type { FieldDef } from "@/lib/instrument/fields";
import { cellParser } from "./cells";
import { classifyColumn, closestField } from "./columns";
import type { ImportMessage } from "./messages";
import type { Row } from "./read-csv";
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

/** A valid row's values, one per field in the rules' order (recordOf makes the record). */
export type ValidRow = { line: number; values: unknown[] };

type Columns = { index: Map<string, number>; warnings: (ImportMessage | number)[]; fileError?: ImportMessage };

/** The header against the fields; an unnamed column's warning (given as its position) depends on whether any row fills it. */
function mapColumns(header: readonly string[], fields: readonly FieldDef[], headerLine: number): Columns {
  const index = new Map<string, number>();
  const warnings: (ImportMessage | number)[] = [];
  let fileError: ImportMessage | undefined;
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (name === "") {
      warnings.push(i);
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

/** The record of a valid row: one property per field, in field order. */
export function recordOf<R>(fields: readonly FieldDef[], values: readonly unknown[]): R {
  const record: Record<string, unknown> = {};
  for (let j = 0; j < fields.length; j++) record[fields[j]!.name] = values[j];
  return record as R;
}

/** The cell at a column position of a row; "" past its end or for a field the header lacks (-1). */
function cellAt(cells: readonly string[], i: number): string {
  return i === -1 ? "" : (cells[i] ?? "");
}

export type RowValidator = {
  row(row: Row): void;
  /** everything but the valid rows, which went to `onValid` */
  finish(): Omit<ParseResult<never>, "rows">;
  /** the header is the file's error: rows are not checked */
  readonly fileError?: ImportMessage;
};

/**
 * Checks rows against a field list as they come, once the header is known; no per-field code,
 * the definitions drive it (each field's parser built once per file). Valid rows go to `onValid`.
 */
export function rowValidator(header: readonly string[], headerLine: number, rules: TableRules, options: ParseOptions, onValid: (row: ValidRow) => void): RowValidator {
  const { fields } = rules;
  const { index, warnings, fileError } = mapColumns(header, fields, headerLine);
  const columns = fields.filter((f) => index.has(f.name)).map((f) => f.name);
  const unnamed = warnings.filter((w): w is number => typeof w === "number");
  const filled = new Set<number>();
  const at = fields.map((f) => index.get(f.name) ?? -1);
  const parsers = fields.map((f) => cellParser(f, options));
  const position = new Map(fields.map((f, j) => [f.name, j]));
  const notAbove = (rules.notAbove ?? []).map(([a, b]) => [a, b, position.get(a)!, position.get(b)!] as const);
  const key = rules.key.map((k) => position.get(k)!);
  const columnAt = columns.map((c) => index.get(c)!);
  const rejected: ParseResult<never>["rejected"] = [];
  const errors: ImportMessage[] = [];
  // a row's identity: the value itself for a one-column key of text (the usual id), else the JSON of its values
  const seen = new Map<string, number>();
  const identity = (keyValues: unknown[]) => (keyValues.length === 1 && typeof keyValues[0] === "string" ? keyValues[0] : `\u0000${JSON.stringify(keyValues)}`);

  const check = ({ line, cells }: Row) => {
    let rowErrors: ImportMessage[] | null = null;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      rowErrors = [{ line, text: tableText.raggedRow(cells.length, header.length) }];
    }
    const values = new Array<unknown>(fields.length);
    for (let j = 0; j < fields.length; j++) {
      const parsed = parsers[j]!(cellAt(cells, at[j]!));
      if (parsed.ok) values[j] = parsed.value;
      else (rowErrors ??= []).push({ line, column: fields[j]!.name, text: parsed.text });
    }
    for (const [a, b, ia, ib] of notAbove) {
      const va = values[ia];
      const vb = values[ib];
      if (typeof va === "number" && typeof vb === "number" && va > vb) {
        (rowErrors ??= []).push({ line, column: a, text: tableText.greaterThan(cellAt(cells, at[ia]!).trim(), b, cellAt(cells, at[ib]!).trim(), a) });
      }
    }
    const keyValues = key.map((j) => values[j]);
    if (keyValues.every((v) => v !== null && v !== undefined)) {
      const id = identity(keyValues);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, line);
      else {
        const text = tableText.duplicateKey(rules.key.map((name, i) => ({ name, value: String(keyValues[i]) })), first);
        (rowErrors ??= []).push({ line, column: rules.key[rules.key.length - 1], text });
      }
    }
    if (rowErrors === null) onValid({ line, values });
    else {
      rejected.push({ line, cells: Object.fromEntries(columns.map((c, k) => [c, cellAt(cells, columnAt[k]!)])), errors: rowErrors });
      for (const e of rowErrors) errors.push(e);
    }
  };

  return {
    fileError,
    row(row) {
      for (const i of unnamed) if (!filled.has(i) && (row.cells[i] ?? "").trim() !== "") filled.add(i);
      if (!fileError) check(row);
    },
    finish() {
      const said = warnings
        .filter((w) => typeof w !== "number" || filled.has(w))
        .map((w) => (typeof w === "number" ? { line: headerLine, text: tableText.unnamedColumn(w + 1) } : w));
      if (fileError) return { rejected: [], errors: [fileError], warnings: said, fileError, columns };
      return { rejected, errors, warnings: said, columns };
    },
  };
}

/** Checks every row of a table against a field list (rowValidator over a whole table). */
export function validateTable<R>(table: Table, rules: TableRules, options: ParseOptions): ParseResult<R> {
  const rows: ParseResult<R>["rows"] = [];
  const validator = rowValidator(table.header, table.headerLine ?? 1, rules, options, ({ line, values }) => rows.push({ line, record: recordOf<R>(rules.fields, values) }));
  for (const row of table.rows) validator.row(row);
  const result = validator.finish();
  return { ...result, rows };
}
