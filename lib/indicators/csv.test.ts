import { IR_CLASSES_V1 } from "@/lib/scoring/ir-class";
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "@/lib/import/read-csv";
import { indicatorTablesToCsv } from "./csv";
import type { IndicatorTable } from "./tables";
import { indicatorTables } from "./tables";
import { paperRecords } from "./test-records";

describe("indicator CSV", () => {
  it("has a BOM, the agreed columns and every row of every table", () => {
    const csv = indicatorTablesToCsv(indicatorTables(paperRecords(), "id", IR_CLASSES_V1), "id");
    expect(csv.startsWith("\uFEFFfield,code,label,n,pct,total\r\n")).toBe(true);
    expect(csv).toContain('value_added,gt75,Lebih dari 75%,55,"54,5",101\r\n');
    expect(csv).toContain("ir_class,IR2,IR Berkembang,91,\"90,1\",101\r\n");
  });

  it("writes pct in the user's locale", () => {
    const csv = indicatorTablesToCsv(indicatorTables(paperRecords(), "en", IR_CLASSES_V1), "en");
    expect(csv).toContain("marketing_zone,village,Around the village,70,69.3,101\r\n");
  });

  it("neutralises cells that a spreadsheet would run as a formula", () => {
    const table: IndicatorTable = { field: "gender", label: "g", group: "profil", total: 1, missing: 0, rows: [{ code: "=cmd()", label: "@SUM(A1)", n: 1, share: 100 }] };
    const parsed = parseCsvRows(indicatorTablesToCsv([table], "en").slice(1));
    expect(parsed.ok && parsed.rows[1]?.cells).toEqual(["gender", "'=cmd()", "'@SUM(A1)", "1", "100.0", "1"]);
  });
});
