import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLUSTER_FIELDS, PKTD_FIELDS, RESPONDENT_FIELDS, type FieldDef } from "@/lib/instrument/fields";
import { parseClusters } from "./clusters";
import { formatMessage, type ImportMessage } from "./messages";
import { parsePktd } from "./pktd";
import { readTable, type Table } from "./read-table";
import { parseRespondents } from "./respondents";
import { CLUSTER_ROW, OPTIONS, PKTD_ROW, RESPONDENT_ROW } from "./test-helpers";

/**
 * Issue 14 item 2: a property-based fuzzer of the row parser. Whatever a cell holds, the parser
 * answers (never throws), every row ends up either valid or rejected, every rejection names its
 * line and column with a sentence in both languages, and what it accepts obeys the field's rules.
 */
const KINDS = [
  { name: "respondents", parse: parseRespondents, fields: RESPONDENT_FIELDS, row: RESPONDENT_ROW },
  { name: "clusters", parse: parseClusters, fields: CLUSTER_FIELDS, row: CLUSTER_ROW },
  { name: "pktd", parse: parsePktd, fields: PKTD_FIELDS, row: PKTD_ROW },
] as const;

/** cells people and tools actually produce, plus anything at all */
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "=1+1", "-1", "1e309", "NaN", "Infinity", "1.250.000", "1,5", "Rp -5", "18.01.16.2004", "0x10", "<script>", "'; drop table x;--", "\u0000", "\u202e", "9".repeat(40)),
  fc.integer().map(String),
  fc.double().map(String),
);

function sentencesOk(m: ImportMessage): boolean {
  const id = formatMessage(m, "id");
  const en = formatMessage(m, "en");
  return id.trim() !== "" && en.trim() !== "" && id !== en && !/undefined|\[object|NaN sampai/.test(id);
}

/** the value the parser kept obeys the field: bounds, whole numbers, lengths, codes */
function obeys(f: FieldDef, value: unknown): boolean {
  if (value === null) return !f.required;
  if (f.type === "multi") return Array.isArray(value) && value.every((v) => f.codes?.some((c) => c.code === v));
  if (f.type === "code") return f.codes?.some((c) => c.code === value) ?? false;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return false;
    if (f.type !== "number" && !Number.isInteger(value)) return false;
    return (f.min === undefined || value >= f.min) && (f.max === undefined || value <= f.max);
  }
  if (typeof value === "string") return f.maxLength === undefined || [...value].length <= f.maxLength;
  return false;
}

describe.each(KINDS)("fuzzing the $name row parser", ({ parse, fields, row }) => {
  const header = Object.keys(row);

  it("answers every row of arbitrary cells: valid rows obey every field, rejected rows say why in both languages", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom(...header), cell, { maxKeys: 6 }), { minLength: 1, maxLength: 8 }), (changes) => {
        const table: Table = { header, rows: changes.map((c, i) => ({ line: i + 2, cells: header.map((h) => c[h] ?? row[h]!) })), headerLine: 1 };
        const r = parse(table, OPTIONS);
        expect(r.fileError).toBeUndefined();
        const lines = [...r.rows.map((x) => x.line), ...r.rejected.map((x) => x.line)].sort((a, b) => a - b);
        expect(lines).toEqual(table.rows.map((x) => x.line));
        for (const rejected of r.rejected) {
          expect(rejected.errors.length).toBeGreaterThan(0);
          for (const e of rejected.errors) {
            expect(e.line).toBe(rejected.line);
            expect(header).toContain(e.column);
            expect(sentencesOk(e)).toBe(true);
          }
        }
        for (const ok of r.rows) {
          for (const f of fields) if (f.name in ok.record) expect(obeys(f, (ok.record as Record<string, unknown>)[f.name]), `${f.name}=${JSON.stringify((ok.record as Record<string, unknown>)[f.name])}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("answers any header: a file error or a table, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...header), fc.string({ maxLength: 12 })), { maxLength: 60 }), fc.array(cell, { maxLength: 60 }), (head, cells) => {
        const r = parse({ header: head, rows: [{ line: 2, cells }], headerLine: 1 }, OPTIONS);
        if (r.fileError) expect(sentencesOk(r.fileError)).toBe(true);
        else expect(r.rows.length + r.rejected.length).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fuzzing the file reader", () => {
  it("reads any bytes as a table or refuses them with a sentence, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }).map((s) => new TextEncoder().encode(s))),
        fc.constantFrom("a.csv", "a.xlsx", "a.txt"),
        async (bytes, name) => {
          const r = await readTable(bytes, name);
          if (!r.ok) expect(sentencesOk(r.error)).toBe(true);
          else expect(Array.isArray(r.header)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
