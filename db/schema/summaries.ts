import { doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import type { AnswerCounts } from "@/lib/indicators/counts";
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

/**
 * The answers of one regency's respondents in one round, counted per field (the indicator
 * tables' figures, lib/indicators/counts.ts), kept beside the regency's score: an indicator page
 * sums the regencies it shows instead of reading every respondent. Written with the regency's
 * snapshot, so `inputsHash` is that snapshot's.
 */
export const answerCounts = pgTable(
  "answer_counts",
  {
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    /** the IR class among the counts is derived by this version's cut-offs */
    rubricVersion: text()
      .notNull()
      .references(() => rubricVersions.version, { onDelete: "cascade" }),
    regencyCode: text().notNull(),
    respondents: integer().notNull(),
    counts: jsonb().$type<AnswerCounts>().notNull(),
    inputsHash: text().notNull(),
  },
  // an indicator page reads one round's regencies under one rubric within a region prefix
  (t) => [primaryKey({ columns: [t.roundId, t.rubricVersion, t.regencyCode] })],
);
