import type { DbOrTx } from "@/db/client";
import { deleteQualityExcept, qualityHashes, replaceRegencyQuality } from "@/db/queries/quality";
import { recordHash } from "@/lib/surveys/plan";
import { QUALITY_CHECKS_VERSION, regencyQuality, type QualityRow } from "@/lib/surveys/quality";

type Row = QualityRow & { rowHash: string };

/**
 * Keeps the data-quality figures of a round in step with its respondents, one regency at a time,
 * inside the rescore that already reads them: `regency` recomputes a regency whose rows changed,
 * `finish` drops the regencies that have none left. Nothing is read that the rescore did not.
 */
export async function roundQualityKeeper(tx: DbOrTx, roundId: number) {
  const stored = await qualityHashes(tx, roundId);
  let changed = 0;
  return {
    async regency(regency: string, rows: readonly Row[]) {
      const inputsHash = recordHash({ checks: QUALITY_CHECKS_VERSION, rows: rows.map((r) => r.rowHash) });
      if (stored.get(regency) === inputsHash) return;
      await replaceRegencyQuality(tx, { roundId, regency, inputsHash, quality: regencyQuality(rows) });
      changed++;
    },
    async finish(regencies: readonly string[]) {
      await deleteQualityExcept(tx, roundId, regencies);
      return changed;
    },
  };
}
