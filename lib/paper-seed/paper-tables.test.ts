import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paperRespondentRows } from "./index";

type PublishedRow = { label: string; code?: string; codes?: string[]; n: number; pct: number };
type PublishedTable = { no: number; field: string; multi?: boolean; rows: PublishedRow[] };
type PaperTables = { respondents: number; tables: PublishedTable[] };

const paper = JSON.parse(
  readFileSync(path.join(__dirname, "../../../shared/data/paper-tables.json"), "utf8"),
) as PaperTables;

const rows = paperRespondentRows();

const IR_ITEMS = [
  "ir_continuity",
  "ir_capital",
  "ir_legality",
  "ir_market",
  "ir_labour",
  "ir_management",
];

function irClass(row: Record<string, string>): string {
  const total = IR_ITEMS.reduce((sum, item) => sum + Number(row[item]), 0);
  return total <= 6 ? "IR1" : total <= 12 ? "IR2" : "IR3";
}

/** A combination of a multi-select cell as its codes sorted and joined by one space. */
const combination = (codes: readonly string[]) => [...codes].sort().join(" ");

function valueOf(row: Record<string, string>, table: PublishedTable): string {
  if (table.field === "ir_class") return irClass(row);
  const raw = row[table.field] ?? "";
  return table.multi ? combination(raw.split(" ").filter(Boolean)) : raw;
}

function countBy(table: PublishedTable): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = valueOf(row, table);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Table 3's published counts sum to 91; the reconstruction follows its percentages. */
const TABLE_3_FROM_PERCENTAGES: Record<string, number> = {
  government: 72,
  private: 15,
  community: 14,
};

describe("paper respondents reproduce the published tables", () => {
  it("has the paper's 101 respondents with unique pseudonymous ids", () => {
    expect(rows).toHaveLength(paper.respondents);
    const ids = rows.map((r) => r.respondent_id);
    expect(new Set(ids).size).toBe(101);
    for (const id of ids) expect(id).toMatch(/^IR19-\d{3}$/);
    expect(ids[0]).toBe("IR19-001");
    expect(ids[100]).toBe("IR19-101");
  });

  const tables = paper.tables.filter((t) => t.no !== 3);
  it.each(tables.map((t) => [t.no, t] as const))("Table %i counts out exactly", (_no, table) => {
    const counts = countBy(table);
    const expected = new Map<string, number>();
    for (const published of table.rows) {
      const key = table.multi ? combination(published.codes ?? []) : (published.code ?? "");
      expected.set(key, published.n);
    }
    for (const [key, n] of expected) expect([key, counts.get(key) ?? 0]).toEqual([key, n]);
    // No answer outside the published rows.
    for (const [key, n] of counts) expect([key, n]).toEqual([key, expected.get(key)]);
  });

  it("Table 3 is taken from its percentages: government 72, private 15, community 14", () => {
    const table = paper.tables.find((t) => t.no === 3);
    expect(table).toBeDefined();
    if (!table) return;
    expect(Object.fromEntries(countBy(table))).toEqual(TABLE_3_FROM_PERCENTAGES);
    // The published percentages round to these counts of 101.
    for (const published of table.rows) {
      expect(TABLE_3_FROM_PERCENTAGES[published.code ?? ""]).toBe(
        Math.round((101 * published.pct) / 100),
      );
    }
    expect(table.rows.reduce((sum, r) => sum + r.n, 0)).toBe(91);
  });

  it("covers tables 2-21", () => {
    expect(paper.tables.map((t) => t.no)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
  });
});
