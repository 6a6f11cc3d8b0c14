import type { ImportMessage } from "@/lib/import/messages";
import type { ParsedRow, Rejected } from "@/lib/import/parse-file";

/** PP.KK of a village code PP.KK.DD.VVVV. */
export function regencyOf(code: string): string {
  return code.split(".").slice(0, 2).join(".");
}

const text = (cluster: string, home: string) => ({
  id: `klaster ${cluster} berada di desa ${home} (kabupaten/kota ${regencyOf(home)}); responden dari kabupaten/kota lain tidak dapat menjadi anggotanya — gunakan kode klaster lain untuk desa ini`,
  en: `cluster ${cluster} is based in village ${home} (regency ${regencyOf(home)}); a respondent from another regency cannot be one of its members — use another cluster code for this village`,
});

/**
 * A cluster belongs to one regency, the one of its home village: the home village the round
 * already has, or else the village of the cluster's first row in the file. A respondent
 * elsewhere would carry her answers into another regency's aggregates (and to its officials),
 * so her row is rejected.
 */
export function checkClusterRegencies(
  rows: readonly ParsedRow[],
  homes: ReadonlyMap<string, string>,
  cellsOf: (record: ParsedRow["record"]) => Record<string, string>,
): { rows: ParsedRow[]; rejected: Rejected[] } {
  const home = new Map(homes);
  const kept: ParsedRow[] = [];
  const rejected: Rejected[] = [];
  for (const row of rows) {
    const cluster = row.record.cluster_code;
    if (typeof cluster !== "string" || cluster === "") {
      kept.push(row);
      continue;
    }
    const village = home.get(cluster);
    if (village === undefined) home.set(cluster, row.record.village_code);
    if (village === undefined || regencyOf(village) === regencyOf(row.record.village_code)) kept.push(row);
    else {
      const error: ImportMessage = { line: row.line, column: "cluster_code", text: text(cluster, village) };
      rejected.push({ line: row.line, cells: cellsOf(row.record), errors: [error] });
    }
  }
  return { rows: kept, rejected };
}
