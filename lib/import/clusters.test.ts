import { describe, expect, it } from "vitest";
import { parseClusters } from "./clusters";
import { CLUSTER_ROW, OPTIONS, csvOf, expectMessage, rowsWith, tableOf, type Want } from "./test-helpers";

const parse = async (rows: Record<string, string>[]) => parseClusters(await tableOf(csvOf(rows)), OPTIONS);
const bad = (changes: Record<string, string>, line = 2) => rowsWith(CLUSTER_ROW, changes, line);

describe("parseClusters", () => {
  it("reads a cluster, blank optional cells as null", async () => {
    const blanks = { product: "", year_established: "", legal_entity: "" };
    const r = await parse([CLUSTER_ROW, { ...CLUSTER_ROW, cluster_code: "KJ-KERIPIK", village_code: "18.01.16.2009", ...blanks }]);
    expect(r.errors).toEqual([]);
    const name = "Sentra Keripik Pisang Canti";
    expect(r.rows.map((x) => x.record)).toEqual([
      { cluster_code: "CANTI-KP", name, village_code: "18.01.16.2004", product: "keripik pisang", year_established: 2012, legal_entity: "no" },
      { cluster_code: "KJ-KERIPIK", name, village_code: "18.01.16.2009", product: null, year_established: null, legal_entity: null },
    ]);
  });

  it.each([
    ["a duplicate cluster code", [CLUSTER_ROW, { ...CLUSTER_ROW, name: "Lain" }], {
      line: 3, column: "cluster_code",
      id: "cluster_code 'CANTI-KP' sudah ada di baris 2",
      en: "already appears on line 2",
    }],
    ["a year before 1950", bad({ year_established: "1900" }), {
      line: 2, column: "year_established",
      id: "gunakan bilangan bulat 1950 sampai 2100",
      en: "from 1950 to 2100",
    }],
    ["a blank name", bad({ name: " " }), {
      line: 2, column: "name",
      id: "sel wajib ini kosong; gunakan teks paling banyak 120 karakter",
      en: "this required cell is empty",
    }],
    ["an unknown legal-entity answer", bad({ legal_entity: "maybe" }), {
      line: 2, column: "legal_entity",
      id: "'maybe' bukan kode yang dikenal; gunakan yes atau no",
      en: "'maybe' is not a known code; use yes or no",
    }],
    ["a village code with letters", bad({ village_code: "18.01.16.20O4" }), {
      line: 2, column: "village_code",
      id: "bukan kode desa Kemendagri",
      en: "is not a Kemendagri village code",
    }],
    ["a formula as name", bad({ name: "=1+1" }), { line: 2, column: "name", id: "diawali '='", en: "starts with '='" }],
  ] as [string, Record<string, string>[], Want][])("rejects %s", async (_, rows, want) => {
    const r = await parse(rows);
    expect(r.errors).toHaveLength(1);
    expectMessage(r.errors[0], want);
  });
});
