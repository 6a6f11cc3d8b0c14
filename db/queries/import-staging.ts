import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import { and, count, eq, sql } from "drizzle-orm";
import type postgres from "postgres";
import type { DbOrTx } from "../client";
import { STAGING_COLUMNS } from "@/lib/import/staging-text";
import { importStaging } from "../schema";

/** The driver behind drizzle (postgres.js or PGlite), of the database or of the transaction `db` is. */
function driverOf(db: DbOrTx): postgres.Sql | PGlite | PgliteTransaction {
  return (db as unknown as { session: { client: postgres.Sql | PGlite | PgliteTransaction } }).session.client;
}

/** COPY data in pieces: postgres.js copies each write into one protocol message, a 6 MB chunk at once would be copied whole. */
function* pieces(bytes: Buffer, size = 256 * 1024) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * Loads COPY text (lib/import/staging-text.ts; a string or its UTF-8 bytes) into the staging
 * table, one statement per chunk; outside a transaction each statement commits on its own, so
 * no lock is held between them.
 */
export async function stageRespondents(db: DbOrTx, chunks: readonly (string | Uint8Array)[]): Promise<void> {
  const driver = driverOf(db);
  for (const chunk of chunks) {
    if (typeof driver === "function") {
      const sink = await driver.unsafe(`copy import_staging (${STAGING_COLUMNS}) from stdin`).writable();
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      await pipeline(Readable.from(pieces(bytes)), sink);
    } else {
      // PGlite reads COPY input from a blob it mounts at /dev/blob
      await driver.query(`copy import_staging (${STAGING_COLUMNS}) from '/dev/blob'`, [], { blob: new Blob([chunk as BlobPart]) });
    }
  }
}

/** The whole records of some staged lines (the rejected rows of a preview whose rows keep only the planned fields). */
export async function stagedAnswers(db: DbOrTx, batch: string, lines: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
  if (lines.length === 0) return new Map();
  const rows = await db
    .select({ line: importStaging.line, answers: importStaging.answers })
    .from(importStaging)
    .where(and(eq(importStaging.batch, batch), sql`${importStaging.line} = ANY(${`{${lines.join(",")}}`}::int[])`));
  return new Map(rows.map((r) => [r.line, r.answers as Record<string, unknown>]));
}

/**
 * One statement: a batch's rows into a round, except the lines the plan rejected; a row whose
 * hash is unchanged is not touched (re-importing a file changes nothing).
 */
export async function mergeStagedRespondents(tx: DbOrTx, batch: string, roundId: number, importId: number, skipLines: readonly number[]) {
  await tx.execute(sql`
    INSERT INTO respondents (round_id, respondent_id, village_code, cluster_code, answers, row_hash, import_id)
    SELECT ${roundId}, s.respondent_id, s.village_code, s.cluster_code, s.answers, s.row_hash, ${importId}
    FROM import_staging s
    WHERE s.batch = ${batch} AND NOT (s.line = ANY(${`{${skipLines.join(",")}}`}::int[]))
    ON CONFLICT (round_id, respondent_id) DO UPDATE SET
      village_code = excluded.village_code, cluster_code = excluded.cluster_code,
      answers = excluded.answers, row_hash = excluded.row_hash, import_id = excluded.import_id
    WHERE respondents.row_hash <> excluded.row_hash`);
}

export async function countStaged(db: DbOrTx, batch: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(importStaging).where(eq(importStaging.batch, batch));
  return row?.n ?? 0;
}

export async function deleteStaged(db: DbOrTx, batch: string) {
  await db.delete(importStaging).where(eq(importStaging.batch, batch));
}

/** Batches staged at upload wait for the commit as long as their pending upload (a day); older ones are abandoned. */
export async function deleteStaleStaging(db: DbOrTx) {
  await db.delete(importStaging).where(sql`${importStaging.stagedAt} < now() - interval '25 hours'`);
}
