import { CLUSTER_FIELDS, type ClusterRecord } from "@/lib/instrument/fields";
import type { Table } from "./read-table";
import { validateTable, type ParseOptions, type ParseResult, type TableRules } from "./validate";

export type { ParseOptions, ParseResult } from "./validate";

export const CLUSTER_RULES: TableRules = { fields: CLUSTER_FIELDS, key: ["cluster_code"] };

/** Clusters file (instrument.md section 2): one row per sentra / cluster, unique cluster_code. */
export function parseClusters(table: Table, options: ParseOptions): ParseResult<ClusterRecord> {
  return validateTable<ClusterRecord>(table, CLUSTER_RULES, options);
}
