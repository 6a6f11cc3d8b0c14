import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

/**
 * Planner statistics after a bulk write. Autovacuum refreshes them only after a while; until then
 * the planner believes a just-loaded round or a just-rescored table is nearly empty and scans a
 * whole round's snapshots for one regency (a regency official's home page: 540 ms instead of 70 ms
 * at national size). ANALYZE samples a fixed number of rows (about 30,000 per table), runs inside
 * the caller's transaction and blocks neither reads nor writes.
 */
export async function analyzeSurveyTables(db: DbOrTx) {
  await db.execute(sql`analyze respondents, clusters, pktd_records`);
}

/** The stored scores and the figures kept beside them (a rescore that rewrote many units). */
export async function analyzeScoreTables(db: DbOrTx) {
  await db.execute(sql`analyze score_snapshots, level_summaries, answer_counts, quality_summaries, quality_counts, quality_issues`);
}
