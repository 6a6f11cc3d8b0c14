import { doublePrecision, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import type { LevelSummary } from "@/lib/scoring/merge-scores";
import { rubricVersions, stratum } from "./scoring";
import { surveyRounds } from "./surveys";

/** Levels above the regency, summed from stored regency snapshots (never from respondents). */
export const summaryLevel = pgEnum("summary_level", ["province", "nation"]);

/**
 * A province's or the nation's figures in one round under one rubric version, kept by the
 * rescore from the regency snapshots below it, so national pages read one row per level.
 */
export const levelSummaries = pgTable(
  "level_summaries",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    rubricVersion: text()
      .notNull()
      .references(() => rubricVersions.version, { onDelete: "cascade" }),
    level: summaryLevel().notNull(),
    /** province code, or "ID" for the nation */
    code: text().notNull(),
    name: text().notNull(),
    n: integer().notNull(),
    readiness: doublePrecision(),
    stratum: stratum(),
    socialCapital: doublePrecision(),
    policySupport: doublePrecision(),
    /** merged UnitScore, policy-support parts and unit counts by stratum (lib/scoring/merge-scores.ts) */
    result: jsonb().$type<LevelSummary>().notNull(),
    /** hash of the children's inputs hashes: an unchanged province is not rewritten */
    inputsHash: text().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("level_summaries_unit_uq").on(t.roundId, t.rubricVersion, t.level, t.code),
    // the national overview: every round's nation row under the round's own rubric
    index("level_summaries_level_idx").on(t.level, t.code),
  ],
);

export type LevelSummaryRow = typeof levelSummaries.$inferSelect;
