import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { clusters, programmeActivities, regions } from "../schema";

/** Every village code of the reference data, in code order (the population a synthetic round samples). */
export async function listVillageCodes(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ code: regions.code }).from(regions).where(eq(regions.level, "village")).orderBy(asc(regions.code));
  return rows.map((r) => r.code);
}

export type SynthClusterWrite = { code: string; name: string; villageCode: string; product: string | null; yearEstablished: number | null; legalEntity: string | null; rowHash: string };

/** Inserts a batch of a new round's clusters; returns their ids by code (activities point at them). */
export async function insertClusterBatch(tx: DbOrTx, roundId: number, rows: SynthClusterWrite[]): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const inserted = await tx
    .insert(clusters)
    .values(rows.map((r) => ({ ...r, roundId })))
    .returning({ id: clusters.id, code: clusters.code });
  return new Map(inserted.map((r) => [r.code, r.id]));
}

export type SynthRespondentWrite = { respondent_id: string; village_code: string; cluster_code: string | null; answers: unknown; row_hash: string };

/** One multi-row INSERT per batch: the rows travel as one JSON parameter, whatever their number. */
export async function insertRespondentBatch(tx: DbOrTx, roundId: number, rows: SynthRespondentWrite[]) {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO respondents (round_id, respondent_id, village_code, cluster_code, answers, row_hash)
    SELECT ${roundId}, x.respondent_id, x.village_code, x.cluster_code, x.answers, x.row_hash
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS x(respondent_id text, village_code text, cluster_code text, answers jsonb, row_hash text)`);
}

export type SynthPktdWrite = { village_code: string; year: number; data: unknown; row_hash: string };

/** Synthetic PKTD records never replace a record that exists (real or earlier synthetic). */
export async function insertPktdBatch(tx: DbOrTx, rows: SynthPktdWrite[]) {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO pktd_records (village_code, year, data, row_hash, origin)
    SELECT x.village_code, x.year, x.data, x.row_hash, 'synthetic'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(village_code text, year int, data jsonb, row_hash text)
    ON CONFLICT (village_code, year) DO NOTHING`);
}

export type SynthActivityWrite = typeof programmeActivities.$inferInsert;

export async function insertActivityBatch(tx: DbOrTx, rows: SynthActivityWrite[]) {
  for (let i = 0; i < rows.length; i += 5000) await tx.insert(programmeActivities).values(rows.slice(i, i + 5000));
}
