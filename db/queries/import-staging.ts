import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import { count, eq, sql } from "drizzle-orm";
import type postgres from "postgres";
import type { DbOrTx } from "../client";
import { importStaging } from "../schema";

export type StagedRespondent = { line: number; respondentId: string; villageCode: string; clusterCode: string | null; answers: unknown; rowHash: string };

const COLUMNS = "batch, line, respondent_id, village_code, cluster_code, answers, row_hash";
/** rows per COPY statement: between two statements PGlite answers other requests */
const CHUNK = 10_000;

/** A value in COPY's text format: backslash, tab and line breaks escaped, null as \N. */
function copyValue(v: string | null): string {
  if (v === null) return "\\N";
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : v;
}

function copyLine(batch: string, r: StagedRespondent): string {
  return `${batch}\t${r.line}\t${copyValue(r.respondentId)}\t${copyValue(r.villageCode)}\t${copyValue(r.clusterCode)}\t${copyValue(JSON.stringify(r.answers))}\t${r.rowHash}\n`;
}

/** The driver behind drizzle (postgres.js or PGlite), of the database or of the transaction `db` is. */
function driverOf(db: DbOrTx): postgres.Sql | PGlite | PgliteTransaction {
  return (db as unknown as { session: { client: postgres.Sql | PGlite | PgliteTransaction } }).session.client;
}

/**
 * Loads rows into the staging table with COPY, one statement per 10,000 rows; outside a
 * transaction each statement commits on its own, so no lock is held between them.
 */
export async function stageRespondents(db: DbOrTx, batch: string, rows: readonly StagedRespondent[]): Promise<void> {
  const driver = driverOf(db);
  for (let i = 0; i < rows.length; i += CHUNK) {
    // one string per statement: written in a few large pieces, not 10,000 small ones
    const text = rows.slice(i, i + CHUNK).map((r) => copyLine(batch, r)).join("");
    if (typeof driver === "function") {
      const sink = await driver.unsafe(`copy import_staging (${COLUMNS}) from stdin`).writable();
      await pipeline(Readable.from([Buffer.from(text)]), sink);
    } else {
      // PGlite reads COPY input from a blob it mounts at /dev/blob
      await driver.query(`copy import_staging (${COLUMNS}) from '/dev/blob'`, [], { blob: new Blob([text]) });
    }
  }
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

/** Batches of imports that failed or were abandoned after staging; an import takes seconds, an hour is plenty. */
export async function deleteStaleStaging(db: DbOrTx) {
  await db.delete(importStaging).where(sql`${importStaging.stagedAt} < now() - interval '1 hour'`);
}
