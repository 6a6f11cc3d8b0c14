import { RESPONDENT_FIELDS, type RespondentRecord } from "@/lib/instrument/fields";
import type { Table } from "./read-table";
import { validateTable, type ParseOptions, type ParseResult, type TableRules } from "./validate";

export type { ParseOptions, ParseResult } from "./validate";

export const RESPONDENT_RULES: TableRules = { fields: RESPONDENT_FIELDS, key: ["respondent_id"] };

/** Respondents file (instrument.md section 1): one row per home-industry actor, unique respondent_id. */
export function parseRespondents(table: Table, options: ParseOptions): ParseResult<RespondentRecord> {
  return validateTable<RespondentRecord>(table, RESPONDENT_RULES, options);
}
