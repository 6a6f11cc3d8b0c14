import { PKTD_FIELDS, type PktdRecord } from "@/lib/instrument/fields";
import type { Table } from "./read-table";
import { validateTable, type ParseOptions, type ParseResult, type TableRules } from "./validate";

export type { ParseOptions, ParseResult } from "./validate";

export const PKTD_RULES: TableRules = {
  fields: PKTD_FIELDS,
  key: ["village_code", "year"],
  // women are counted within the totals
  notAbove: [
    ["workers_women", "workers_total"],
    ["hok_women", "hok_total"],
  ],
};

/** Village cash-for-work (PKTD) file (instrument.md section 3): one row per village and year. */
export function parsePktd(table: Table, options: ParseOptions): ParseResult<PktdRecord> {
  return validateTable<PktdRecord>(table, PKTD_RULES, options);
}
