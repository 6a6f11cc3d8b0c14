import { describe, expect, it } from "vitest";
import { formatMessage } from "@/lib/import/messages";
import { checkClusterRegencies, regencyOf } from "./cluster-regency";

const row = (line: number, village: string, cluster: string | null) => ({ line, record: { respondent_id: `R${line}`, village_code: village, cluster_code: cluster } });
const cells = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v ?? "")]));

describe("checkClusterRegencies (issue 8 item 7)", () => {
  it.each([
    ["18.01.16.2004", "18.01"],
    ["18.07.01.2004", "18.07"],
    ["18.07", "18.07"],
  ])("regencyOf(%s) = %s", (code, regency) => expect(regencyOf(code)).toBe(regency));

  it.each([
    // [case, existing homes, rows, kept lines, rejected lines]
    ["members in the home regency (another district too) are kept", [["LT", "18.07.01.2004"]], [row(2, "18.07.01.2004", "LT"), row(3, "18.07.05.2001", "LT")], [2, 3], []],
    ["a Lampung Selatan respondent in a Lampung Timur cluster is rejected", [["LT", "18.07.01.2004"]], [row(2, "18.01.16.2004", "LT"), row(3, "18.07.01.2004", "LT")], [3], [2]],
    ["a new cluster's home is its first row; later rows elsewhere are rejected", [], [row(2, "18.07.01.2004", "NEW"), row(3, "18.01.16.2004", "NEW")], [2], [3]],
    ["rows without a cluster are never rejected", [["LT", "18.07.01.2004"]], [row(2, "18.01.16.2004", null)], [2], []],
    ["clusters are independent", [["A", "18.01.16.2004"], ["B", "18.07.01.2004"]], [row(2, "18.01.16.2016", "A"), row(3, "18.01.16.2016", "B")], [2], [3]],
  ] as const)("%s", (_name, homes, rows, kept, rejected) => {
    const result = checkClusterRegencies(rows, new Map(homes.map(([c, v]) => [c, v])), cells);
    expect(result.rows.map((r) => r.line)).toEqual(kept);
    expect(result.rejected.map((r) => r.line)).toEqual(rejected);
  });

  it("says what is wrong and what to do, in both languages", () => {
    const [rejected] = checkClusterRegencies([row(5, "18.01.16.2004", "LT")], new Map([["LT", "18.07.01.2004"]]), cells).rejected;
    expect(formatMessage(rejected!.errors[0]!, "id")).toBe(
      "baris 5, kolom cluster_code: klaster LT berada di desa 18.07.01.2004 (kabupaten/kota 18.07); responden dari kabupaten/kota lain tidak dapat menjadi anggotanya — gunakan kode klaster lain untuk desa ini",
    );
    expect(formatMessage(rejected!.errors[0]!, "en")).toContain("line 5, column cluster_code: cluster LT is based in village 18.07.01.2004 (regency 18.07)");
    expect(rejected!.cells.village_code).toBe("18.01.16.2004");
  });
});
