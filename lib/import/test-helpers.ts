// Shared fixtures of the importer tests (not a test file itself).
import { stringify } from "csv-stringify/sync";
import { expect } from "vitest";
import { readTable, type Table } from "./read-table";

export const VILLAGES = new Set(["18.01.16.2004", "18.01.16.2009", "18.01.16.2016"]);
export const OPTIONS = { isKnownVillage: (code: string) => VILLAGES.has(code) };

/** One complete, valid respondent row as a user would type it. */
export const RESPONDENT_ROW: Readonly<Record<string, string>> = {
  respondent_id: "CT-001", village_code: "18.01.16.2004", cluster_code: "CANTI-KP", gender: "female", age: "45",
  education: "junior_secondary", hi_role: "owner", former_migrant_worker: "no", cluster_initiator: "government",
  institution_form: "natural", institution_support: "supportive", business_permit: "yes", permit_type: "pirt",
  business_age: "gt2", production_pattern: "continuous", place_status: "own", business_category: "food",
  product: "keripik pisang", ir_continuity: "3", ir_capital: "2", ir_legality: "2", ir_market: "1", ir_labour: "1",
  ir_management: "2", sales_channel: "consignment", marketing_zone: "outside_village", payment_method: "cash",
  value_added: "gt75", profit_trend: "increased", market_orientation: "local", business_connection: "producer_only",
  cooperation: "yes", specialization: "yes", supporting_institutions: "government college", sc_trust_1: "4",
  sc_trust_2: "5", sc_reciprocity_1: "4", sc_reciprocity_2: "4", sc_norms_1: "5", sc_norms_2: "3", sc_networks_1: "4",
  sc_networks_2: "2", group_member: "yes", savings_group: "yes", meeting_attendance: "monthly", pktd_worker: "no",
  hi_program_support: "training capital",
};

export const PKTD_ROW: Readonly<Record<string, string>> = {
  village_code: "18.01.16.2004", year: "2019", dana_desa_total: "1.250.000.000", pktd_budget: "Rp 375.000.000",
  physical_work_value: "300000000", wages_paid: "112.500.000", hok_total: "1500", hok_women: "600", workers_total: "40",
  workers_women: "15", payment_frequency: "weekly", contracted_out: "no", heavy_equipment: "no", during_harvest: "no",
  local_material_share: "80", activity_count: "3", hi_beneficiaries: "12", hi_assets: "lantai jemur di sentra",
};

export const CLUSTER_ROW: Readonly<Record<string, string>> = {
  cluster_code: "CANTI-KP", name: "Sentra Keripik Pisang Canti", village_code: "18.01.16.2004", product: "keripik pisang",
  year_established: "2012", legal_entity: "no",
};

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
