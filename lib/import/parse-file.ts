import { BUDGET, type Budget } from "./budgets";
import { parseClusters } from "./clusters";
import type { ImportMessage } from "./messages";
import { parsePktd } from "./pktd";
import { readTable } from "./read-table";
import { parseRespondents } from "./respondents";
import { recordHash } from "@/lib/surveys/plan";

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

/** Reads and validates a file of one kind against the instrument; no database, no clock. */
export async function parseFile(kind: FileKind, fileName: string, bytes: Uint8Array, knownVillages: ReadonlySet<string>, budget: Budget = BUDGET): Promise<ParsedFile> {
  const table = await readTable(bytes, fileName, budget);
  if (!table.ok) return { ...EMPTY_PARSE, fileError: table.error, errors: [table.error] };
  const options = { isKnownVillage: (code: string) => knownVillages.has(code) };
  const parsed = kind === "respondents" ? parseRespondents(table, options) : kind === "clusters" ? parseClusters(table, options) : parsePktd(table, options);
  if (parsed.fileError) return { ...EMPTY_PARSE, columns: parsed.columns, warnings: parsed.warnings, fileError: parsed.fileError, errors: [parsed.fileError] };
  const rows = (parsed.rows as ParsedRow[]).map((r) => ({ ...r, hash: recordHash(r.record) }));
  return { columns: parsed.columns, warnings: parsed.warnings, errors: parsed.errors, rejected: parsed.rejected, rows };
}
