import { describe, expect, it } from "vitest";
import { parsePktd } from "./pktd";
import { OPTIONS, PKTD_ROW, csvOf, expectMessage, rowsWith, tableOf, type Want } from "./test-helpers";

const parse = async (rows: Record<string, string>[], delimiter: "," | ";" = ",") => parsePktd(await tableOf(csvOf(rows, delimiter)), OPTIONS);
const bad = (changes: Record<string, string>, line = 2) => rowsWith(PKTD_ROW, changes, line);

describe("parsePktd: numbers written the Indonesian way", () => {
  it.each([
    ["dana_desa_total", "1.250.000", 1_250_000],
    ["dana_desa_total", "Rp 2.500.000", 2_500_000],
    ["dana_desa_total", "Rp. 750.000,-", 750_000],
    ["dana_desa_total", "rp1.250.000,00", 1_250_000],
    ["pktd_budget", "1250000", 1_250_000],
    ["wages_paid", "0", 0],
    ["hok_total", "12,5", 12.5],
    ["hok_total", "1.500,25", 1500.25],
    ["hok_total", "12.5", 12.5],
    ["local_material_share", "33,3", 33.3],
    ["workers_total", "1.200", 1200],
  ])("reads %s '%s' as %d", async (column, cell, value) => {
    const r = await parse([{ ...PKTD_ROW, hok_women: "0", [column]: cell }]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record[column as keyof (typeof r.rows)[number]["record"]]).toBe(value);
  });

  it("reads a complete row with blank optional cells as null", async () => {
    const r = await parse([{ ...PKTD_ROW, hok_total: "", hok_women: "", local_material_share: "", hi_assets: "" }], ";");
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record).toEqual({
      village_code: "18.01.16.2004", year: 2019, dana_desa_total: 1_250_000_000, pktd_budget: 375_000_000,
      physical_work_value: 300_000_000, wages_paid: 112_500_000, hok_total: null, hok_women: null, workers_total: 40,
      workers_women: 15, payment_frequency: "weekly", contracted_out: "no", heavy_equipment: "no", during_harvest: "no",
      local_material_share: null, activity_count: 3, hi_beneficiaries: 12, hi_assets: null,
    });
  });

  it("accepts the same village in different years", async () => {
    const r = await parse([PKTD_ROW, { ...PKTD_ROW, year: "2020" }]);
    expect(r.rows).toHaveLength(2);
  });
});

const CASES: [string, Record<string, string>[], Want][] = [
  ["a malformed amount 1,25,0", bad({ dana_desa_total: "1,25,0" }), {
    line: 2, column: "dana_desa_total",
    id: "'1,25,0' bukan angka; gunakan jumlah rupiah bulat 0 sampai 100.000.000.000",
    en: "'1,25,0' is not a number; use a whole rupiah amount",
  }],
  ["a negative amount", bad({ pktd_budget: "-5" }), { line: 2, column: "pktd_budget", id: "'-5' di luar rentang", en: "from 0 to 100,000,000,000" }],
  ["an absurd amount (10^30)", bad({ dana_desa_total: "1000000000000000000000000000000" }), { line: 2, column: "dana_desa_total", id: "di luar rentang; gunakan jumlah rupiah bulat 0 sampai 100.000.000.000", en: "out of range" }],
  ["an amount with sen", bad({ wages_paid: "1.250.000,50" }), {
    line: 2, column: "wages_paid",
    id: "'1.250.000,50' bukan bilangan bulat",
    en: "is not a whole number",
  }],
  ["an amount with words", bad({ physical_work_value: "Rp 2 juta" }), {
    line: 2, column: "physical_work_value",
    id: "bukan angka",
    en: "e.g. 1250000, 1.250.000 or Rp 1.250.000",
  }],
  ["a year before 2015", bad({ year: "2014" }), {
    line: 2, column: "year",
    id: "gunakan bilangan bulat 2015 sampai 2100",
    en: "use a whole number from 2015 to 2100",
  }],
  ["more women workers than workers", bad({ workers_women: "41" }), {
    line: 2, column: "workers_women",
    id: "'41' lebih besar dari workers_total (40)",
    en: "workers_women may not exceed workers_total",
  }],
  ["more women person-days than person-days", bad({ hok_women: "1.600" }), {
    line: 2, column: "hok_women",
    id: "lebih besar dari hok_total (1500)",
    en: "'1.600' is greater than hok_total (1500)",
  }],
  ["the same village and year twice", [PKTD_ROW, { ...PKTD_ROW }], {
    line: 3, column: "year",
    id: "village_code '18.01.16.2004' dan year '2019' sudah ada di baris 2",
    en: "already appear on line 2; each row needs a unique village_code and year",
  }],
  ["an unknown payment frequency", bad({ payment_frequency: "biweekly" }), {
    line: 2, column: "payment_frequency",
    id: "gunakan daily, weekly, monthly atau lump_sum",
    en: "use daily, weekly, monthly or lump_sum",
  }],
  ["swakelola written out", bad({ contracted_out: "swakelola" }), {
    line: 2, column: "contracted_out",
    id: "'swakelola' bukan kode yang dikenal; gunakan yes atau no",
    en: "use yes or no",
  }],
  ["a local share above 100%", bad({ local_material_share: "120" }), {
    line: 2, column: "local_material_share",
    id: "gunakan angka 0 sampai 100",
    en: "use a number from 0 to 100",
  }],
  ["a fractional worker count", bad({ workers_total: "40,5" }), {
    line: 2, column: "workers_total",
    id: "bukan bilangan bulat",
    en: "is not a whole number",
  }],
  ["a formula in hi_assets", bad({ hi_assets: "@cmd|'/c calc'!A0" }), {
    line: 2, column: "hi_assets",
    id: "diawali '@'",
    en: "could run as a spreadsheet formula",
  }],
  ["an unknown village", bad({ village_code: "18.01.16.2099" }, 3), {
    line: 3, column: "village_code",
    id: "tidak ada dalam daftar wilayah",
    en: "not in the list of admin units",
  }],
];

describe("parsePktd: rejected rows", () => {
  it.each(CASES)("rejects %s", async (_, rows, want) => {
    const r = await parse(rows);
    expect(r.errors).toHaveLength(1);
    expectMessage(r.errors[0], want);
    expect(r.rows).toHaveLength(rows.length - 1);
  });

  it("rejects a file without workers_total", async () => {
    const { workers_total: _, ...row } = PKTD_ROW;
    const r = await parse([row]);
    expectMessage(r.fileError, { line: 1, column: "workers_total", id: "kolom wajib tidak ada: workers_total", en: "required column missing: workers_total" });
  });
});
