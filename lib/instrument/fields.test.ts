import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CLUSTER_FIELDS, PKTD_FIELDS, RESPONDENT_FIELDS, fieldByName, type FieldDef, type PktdRecord, type RespondentRecord } from "./fields";
import { GROUP_LABELS } from "./groups";
import { codeLabel, fieldLabel } from "./labels";

// The definition is checked against the contract itself, shared/domain/instrument.md.
const CONTRACT = readFileSync(path.join(__dirname, "../../../shared/domain/instrument.md"), "utf8");

type Row = { name: string; required: boolean; values: string; meaning: string };

function contractRows(section: string): Row[] {
  const start = CONTRACT.indexOf(`## ${section}.`);
  const body = CONTRACT.slice(start, CONTRACT.indexOf("\n## ", start + 1));
  return body
    .split("\n")
    .map((line) => line.split("|").map((c) => c.trim()))
    .filter((cells) => /^[a-z][a-z0-9_]*$/.test(cells[1] ?? "") && cells[1] !== "column")
    .map((cells) => ({ name: cells[1]!, required: cells[2]!.startsWith("yes"), values: cells[3]!, meaning: cells[4] ?? "" }));
}

const SECTIONS: [string, readonly FieldDef[]][] = [
  ["1", RESPONDENT_FIELDS],
  ["2", CLUSTER_FIELDS],
  ["3", PKTD_FIELDS],
];

describe.each(SECTIONS)("instrument.md section %s", (section, fields) => {
  const rows = contractRows(section);

  it("has every column, in order, with its required flag", () => {
    expect(fields.map((f) => [f.name, f.required])).toEqual(rows.map((r) => [r.name, r.required]));
  });

  it("has the contract's codes for every code and multi-select column", () => {
    for (const row of rows) {
      const list = /^(?:multi: )?([a-z0-9_]+(?:, [a-z0-9_]+)+)(?: \(|$)/.exec(row.values)?.[1];
      if (!list) continue;
      expect(fieldByName(fields, row.name)?.codes?.map((c) => c.code), row.name).toEqual(list.split(", "));
    }
  });

  it("has the contract's numeric ranges", () => {
    for (const row of rows) {
      const range = /^(?:integer )?(\d+)-(\d+)(?!\d| chars)/.exec(row.values);
      if (!range) continue;
      const f = fieldByName(fields, row.name);
      expect([f?.min, f?.max], row.name).toEqual([Number(range[1]), Number(range[2])]);
    }
  });

  it("labels every field and code in both languages and names its group", () => {
    for (const f of fields) {
      expect(f.label.id.length * f.label.en.length, f.name).toBeGreaterThan(0);
      expect(GROUP_LABELS[f.group], f.group).toBeDefined();
      expect(["code", "multi"].includes(f.type)).toBe(f.codes !== undefined);
      for (const c of f.codes ?? []) {
        expect(c.code).toMatch(/^[a-z0-9_]+$/);
        expect(c.label.id.length * c.label.en.length, c.code).toBeGreaterThan(0);
      }
    }
  });
});

describe("respondent fields", () => {
  it("carry the paper's table numbers T2-T21", () => {
    const fromContract = contractRows("1").flatMap((r) => {
      const t = /^T(\d+)/.exec(r.meaning);
      return t ? [[r.name, Number(t[1])]] : [];
    });
    expect(RESPONDENT_FIELDS.filter((f) => f.paperTable).map((f) => [f.name, f.paperTable])).toEqual(fromContract);
  });

  it("give labels for the UI", () => {
    expect(fieldLabel(RESPONDENT_FIELDS, "gender", "id")).toBe("Jenis kelamin pelaku IR");
    expect(codeLabel(RESPONDENT_FIELDS, "gender", "female", "id")).toBe("Perempuan");
    expect(codeLabel(PKTD_FIELDS, "contracted_out", "no", "en")).toBe("No, self-managed (swakelola)");
    expect(codeLabel(RESPONDENT_FIELDS, "gender", "other", "en")).toBe("other");
    expect(fieldLabel(RESPONDENT_FIELDS, "nope", "en")).toBe("nope");
  });

  it("type records from the same definition", () => {
    expectTypeOf<RespondentRecord["respondent_id"]>().toEqualTypeOf<string>();
    expectTypeOf<RespondentRecord["cluster_code"]>().toEqualTypeOf<string | null>();
    expectTypeOf<RespondentRecord["gender"]>().toEqualTypeOf<string>();
    expectTypeOf<RespondentRecord["age"]>().toEqualTypeOf<number | null>();
    expectTypeOf<RespondentRecord["ir_capital"]>().toEqualTypeOf<number>();
    expectTypeOf<RespondentRecord["supporting_institutions"]>().toEqualTypeOf<string[]>();
    expectTypeOf<PktdRecord["dana_desa_total"]>().toEqualTypeOf<number>();
    expectTypeOf<PktdRecord["hok_total"]>().toEqualTypeOf<number | null>();
  });
});
