import { recordHash } from "@/lib/surveys/plan";
import type { ParsedFile, ParsedRow } from "./parse-file";

/** The staging table's columns in the order of `stagingText` (db/queries/import-staging.ts loads it with COPY). */
export const STAGING_COLUMNS = "batch, line, respondent_id, village_code, cluster_code, answers, row_hash";

/** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
function copyValue(v: string | null): string {
  if (v === null) return "\\N";
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : v;
}

function stagingLine(batch: string, { line, record, hash }: ParsedRow): string {
  const cluster = (record.cluster_code as string | null) ?? null;
  const cells = [batch, String(line), copyValue(String(record.respondent_id)), copyValue(record.village_code), copyValue(cluster), copyValue(JSON.stringify(record)), hash ?? recordHash(record)];
  return cells.join("\t") + "\n";
}

/** Respondent rows as COPY text, one string per `size` rows (one COPY statement each). */
export function stagingText(batch: string, rows: readonly ParsedRow[], size = 10_000): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size).map((r) => stagingLine(batch, r)).join(""));
  return chunks;
}

/** The fields of a respondent row the plan reads; the whole record waits in the staging table. */
const PLANNED = ["respondent_id", "village_code", "cluster_code", "product"] as const;

/** A parsed respondents file whose records went to staging batch `batch`: each row keeps only what the preview plans with. */
export function withoutRecords(file: ParsedFile, batch: string): ParsedFile {
  const rows = file.rows.map(({ line, record, hash }) => ({
    line,
    record: Object.fromEntries(PLANNED.map((k) => [k, record[k] ?? null])) as ParsedRow["record"],
    hash: hash ?? recordHash(record),
  }));
  return { ...file, rows, staged: batch };
}
