import { bigserial, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { surveyRounds } from "./surveys";

// The data-quality page's figures, kept by the rescore (services/quality.ts) in the import's
// transaction, one regency at a time, so the page reads stored counts instead of every
// respondent's answers. Accounts hold province or regency codes, so regency rows scope exactly.

/**
 * Blank answers per instrument column in one regency of a round. `inputsHash` is the hash of the
 * regency's row hashes: an unchanged regency is not recomputed.
 */
export const qualitySummaries = pgTable(
  "quality_summaries",
  {
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    regencyCode: text().notNull(),
    n: integer().notNull(),
    /** column name → blank answers (lib/surveys/quality.ts) */
    missing: jsonb().$type<Record<string, number>>().notNull(),
    inputsHash: text().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.regencyCode] })],
);

/** Respondents per village and cluster (null: none) of a round: the page's n and its per-village and per-cluster lists. */
export const qualityCounts = pgTable(
  "quality_counts",
  {
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    villageCode: text().notNull(),
    clusterCode: text(),
    n: integer().notNull(),
  },
  (t) => [
    // the quality page's scoped sums (village code prefix) and the rescore's rewrite of one regency
    index("quality_counts_round_village_idx").on(t.roundId, t.villageCode.op("text_pattern_ops")),
  ],
);

export const qualityIssueKind = pgEnum("quality_issue_kind", ["out_of_pattern", "duplicate"]);

/**
 * One finding: an answer outside the instrument's codes or range (or contradicting another), or
 * a group of respondents identical apart from their id (always one village: the answers hold it).
 */
export const qualityIssues = pgTable(
  "quality_issues",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    kind: qualityIssueKind().notNull(),
    villageCode: text().notNull(),
    /** the respondent, or the first of a duplicate group: the list's order */
    respondentId: text().notNull(),
    /** out of pattern: the column, its value, the rule broken and the column's place in the instrument */
    field: text(),
    value: text(),
    rule: text(),
    ordinal: integer(),
    /** duplicate: every respondent of the group */
    respondentIds: text().array(),
  },
  (t) => [
    // the page's scoped, paginated lists of one kind (village code prefix) and the rescore's rewrite of one regency
    index("quality_issues_round_kind_village_idx").on(t.roundId, t.kind, t.villageCode.op("text_pattern_ops")),
  ],
);

export type QualityIssueKind = (typeof qualityIssueKind.enumValues)[number];
