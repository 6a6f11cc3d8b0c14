import { BUDGET, type Budget } from "./budgets";
import { CLUSTER_RULES } from "./clusters";
import type { ImportMessage } from "./messages";
import { PKTD_RULES } from "./pktd";
import { tableReader } from "./read-table";
import { recordJsonWriter } from "./record-json";
import { RESPONDENT_RULES } from "./respondents";
import { recordOf, rowValidator, type RowValidator, type TableRules, type ValidRow } from "./validate";

export type FileKind = "respondents" | "clusters" | "pktd";
export type Rejected = { line: number; cells: Record<string, string>; errors: ImportMessage[] };
/** `hash`: recordHash of the record, computed by the parse so no later step hashes 100,000 rows again */
export type ParsedRow = { line: number; record: Record<string, unknown> & { village_code: string }; hash?: string };

/** Everything a file says, read once: stored with the pending upload, never read again. */
export type ParsedFile = {
  fileError?: ImportMessage;
  columns: string[];
  warnings: ImportMessage[];
  /** file-level errors and every row error, in line order */
  errors: ImportMessage[];
  rejected: Rejected[];
  rows: ParsedRow[];
  /** the staging batch holding the rows' whole records, when `rows` keep only the planned fields (staging-text.ts) */
  staged?: string;
};

export const EMPTY_PARSE: ParsedFile = { columns: [], warnings: [], errors: [], rejected: [], rows: [] };

const NO_ROWS: Omit<ParsedFile, "rows"> = { columns: [], warnings: [], errors: [], rejected: [] };

export const RULES: Record<FileKind, TableRules> = { respondents: RESPONDENT_RULES, clusters: CLUSTER_RULES, pktd: PKTD_RULES };

export type FileParser = {
  push(bytes: Uint8Array): void;
  /** what the file says besides its valid rows, which went to `onValid` */
  end(): Promise<Omit<ParsedFile, "rows">>;
  /** an error is already known: the valid rows given so far are not the file's */
  readonly failed: boolean;
};

/**
 * Reads and validates a file of one kind against the instrument as its bytes come; no database,
 * no clock. Valid rows go to `onValid` as values in field order (RULES[kind].fields).
 */
export function fileParser(kind: FileKind, fileName: string, knownVillages: ReadonlySet<string>, onValid: (row: ValidRow) => void, budget: Budget = BUDGET): FileParser {
  const options = { isKnownVillage: (code: string) => knownVillages.has(code) };
  let validator: RowValidator | null = null;
  const reader = tableReader(fileName, { header: (header, line) => (validator = rowValidator(header, line, RULES[kind], options, onValid)), row: (row) => validator!.row(row) }, budget);
  return {
    push: (bytes) => reader.push(bytes),
    async end() {
      const error = await reader.end();
      if (error) return { ...NO_ROWS, fileError: error, errors: [error] };
      const parsed = validator!.finish();
      if (parsed.fileError) return { ...NO_ROWS, columns: parsed.columns, warnings: parsed.warnings, fileError: parsed.fileError, errors: [parsed.fileError] };
      return { columns: parsed.columns, warnings: parsed.warnings, errors: parsed.errors, rejected: parsed.rejected };
    },
    get failed() {
      return reader.failed || validator?.fileError !== undefined;
    },
  };
}

/** Reads and validates a whole file of one kind (fileParser in one piece): valid rows as records, with their hash. */
export async function parseFile(kind: FileKind, fileName: string, bytes: Uint8Array, knownVillages: ReadonlySet<string>, budget: Budget = BUDGET): Promise<ParsedFile> {
  const { fields } = RULES[kind];
  const writer = recordJsonWriter(fields);
  const rows: ParsedRow[] = [];
  const parser = fileParser(kind, fileName, knownVillages, ({ line, values }) => rows.push({ line, record: recordOf(fields, values), hash: writer.hash(values) }), budget);
  parser.push(bytes);
  const parsed = await parser.end();
  return { ...parsed, rows: parsed.fileError ? [] : rows };
}
