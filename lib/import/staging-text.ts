import type { FieldDef } from "@/lib/instrument/fields";
import { recordHash } from "@/lib/surveys/plan";
import type { ParsedFile, ParsedRow } from "./parse-file";
import { recordJsonWriter } from "./record-json";

/** The staging table's columns in the order of `stagingText` (db/queries/import-staging.ts loads it with COPY). */
export const STAGING_COLUMNS = "batch, line, respondent_id, village_code, cluster_code, answers, row_hash";

const COPY_SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
function copyValue(v: string | null): string {
  if (v === null) return "\\N";
  return COPY_SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : v;
}

function lineOf(batch: string, line: number, id: string, village: string, cluster: string | null, json: string, hash: string): string {
  // JSON.stringify escapes tabs and line breaks itself: only its backslashes need doubling
  const answers = json.includes("\\") ? json.replace(/\\/g, "\\\\") : json;
  return `${batch}\t${line}\t${copyValue(id)}\t${copyValue(village)}\t${copyValue(cluster)}\t${answers}\t${hash}\n`;
}

function stagingLine(batch: string, { line, record, hash }: ParsedRow): string {
  const cluster = (record.cluster_code as string | null) ?? null;
  return lineOf(batch, line, String(record.respondent_id), record.village_code, cluster, JSON.stringify(record), hash ?? recordHash(record));
}

/** Respondent rows as COPY text, one string per `size` rows (one COPY statement each). */
export function stagingText(batch: string, rows: readonly ParsedRow[], size = 10_000): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size).map((r) => stagingLine(batch, r)).join(""));
  return chunks;
}

/** The fields of a respondent row the plan reads; the whole record waits in the staging table. */
const PLANNED = ["respondent_id", "village_code", "cluster_code", "product"] as const;

const planned = (record: Record<string, unknown>) => Object.fromEntries(PLANNED.map((k) => [k, record[k] ?? null])) as ParsedRow["record"];

/** A parsed respondents file whose records went to staging batch `batch`: each row keeps only what the preview plans with. */
export function withoutRecords(file: ParsedFile, batch: string): ParsedFile {
  const rows = file.rows.map(({ line, record, hash }) => ({ line, record: planned(record), hash: hash ?? recordHash(record) }));
  return { ...file, rows, staged: batch };
}

/**
 * A valid respondent row, given as its values in field order, straight to its staging line (what
 * `stagingText` writes for its record) and the row `withoutRecords` keeps: the record's JSON and
 * hash written in one pass, no record object built.
 */
export function stagingRowWriter(batch: string, fields: readonly FieldDef[]) {
  const writer = recordJsonWriter(fields);
  const at = (name: string) => fields.findIndex((f) => f.name === name);
  const position = PLANNED.map(at);
  const [id, village, cluster] = position as [number, number, number, number];
  return (line: number, values: readonly unknown[]): { text: string; row: ParsedRow } => {
    const { json, hash } = writer.write(values);
    const record: Record<string, unknown> = {};
    for (let i = 0; i < PLANNED.length; i++) record[PLANNED[i]!] = (position[i] === -1 ? null : values[position[i]!]) ?? null;
    const text = lineOf(batch, line, String(values[id]), values[village] as string, (values[cluster] as string | null) ?? null, json, hash);
    return { text, row: { line, record: record as ParsedRow["record"], hash } };
  };
}
