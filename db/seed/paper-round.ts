import { stringify } from "csv-stringify/sync";
import { and, eq } from "drizzle-orm";
import { PAPER_ROUND, paperClusterRows, paperPktdRows, paperRespondentRows } from "@/lib/paper-seed";
import { commitImport, type ImportKind } from "@/services/import";
import { fileHash } from "@/lib/surveys/plan";
import type { Db } from "../client";
import { insertAudit } from "../queries/audit";
import { findRoundByCode, insertRound } from "../queries/surveys";
import { imports } from "../schema";

const SYSTEM = { id: null, username: "system", role: "administrator" as const, regions: [] };

function toCsv(rows: Record<string, string>[]): Uint8Array {
  const columns = Object.keys(rows[0] ?? {});
  return new TextEncoder().encode(stringify([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ""))]));
}

/**
 * The paper's round (IR-LAMSEL-2019): 101 respondents reconstructed from its tables, its two
 * clusters and illustrative PKTD records, imported through the same importer as any file.
 * A file already imported (same sha256) is skipped, so setup can run any number of times.
 */
export async function seedPaperRound(db: Db): Promise<{ imported: string[] }> {
  const done: string[] = [];
  await db.transaction(async (tx) => {
    let round = await findRoundByCode(tx, PAPER_ROUND.code);
    if (!round) {
      round = await insertRound(tx, {
        code: PAPER_ROUND.code,
        name: PAPER_ROUND.name,
        periodStart: PAPER_ROUND.periodStart,
        periodEnd: PAPER_ROUND.periodEnd,
        regionCode: PAPER_ROUND.regionCode,
        source: PAPER_ROUND.source,
        licence: PAPER_ROUND.licence,
        rubricVersion: "rubrik-2019-v1",
        origin: "reconstruction",
        provenance: PAPER_ROUND.provenance,
      });
      await insertAudit(tx, { actorUsername: "system", action: "round.create", entityType: "survey_round", entityId: round.code, after: { name: round.name, origin: "reconstruction" } });
    }
    const files: { kind: ImportKind; name: string; bytes: Uint8Array }[] = [
      { kind: "clusters", name: "paper-2019-clusters.csv", bytes: toCsv(paperClusterRows()) },
      { kind: "respondents", name: "paper-2019-respondents-reconstructed.csv", bytes: toCsv(paperRespondentRows()) },
      { kind: "pktd", name: "paper-2019-pktd-illustrative.csv", bytes: toCsv(paperPktdRows()) },
    ];
    for (const file of files) {
      const sha = fileHash(file.bytes);
      const [seen] = await tx.select({ id: imports.id }).from(imports).where(and(eq(imports.fileSha256, sha), eq(imports.kind, file.kind)));
      if (seen) continue;
      const result = await commitImport(tx, {
        kind: file.kind,
        fileName: file.name,
        bytes: file.bytes,
        mode: "all",
        round: file.kind === "pktd" ? null : { code: round.code },
        actor: SYSTEM,
        origin: file.kind === "pktd" ? "illustration" : "survey",
      });
      await insertAudit(tx, { actorUsername: "system", action: `import.${file.kind}`, entityType: "import", entityId: String(result.importId), after: { file: file.name, sha256: sha, ...result.analysis.plan } });
      done.push(file.name);
    }
  });
  return { imported: done };
}
