import { date, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { rubricVersions } from "./scoring";
import { surveyRounds } from "./surveys";

export const decisionKind = pgEnum("decision_kind", ["shortlisted", "selected", "rejected", "deferred"]);

/**
 * A decision on a pilot-cluster candidate. Rows are only ever inserted: a new decision on the
 * same cluster supersedes the latest one, and `snapshot` keeps the scores it was made on.
 */
export const decisions = pgTable(
  "decisions",
  {
    id: serial().primaryKey(),
    // no cascade: a decision outlives nothing it was made on
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id),
    rubricVersion: text()
      .notNull()
      .references(() => rubricVersions.version),
    clusterCode: text().notNull(),
    clusterName: text().notNull(),
    /** the cluster's home village: scoping by region prefix */
    regionCode: text().notNull(),
    kind: decisionKind().notNull(),
    reason: text().notNull(),
    reviewOn: date({ mode: "string" }),
    /** DecisionSnapshot of services/decide.ts: scores, criteria, priority, robustness, rubric version */
    snapshot: jsonb().notNull(),
    /** the decision this one replaces; each is replaced at most once, so the log is one line */
    supersedes: integer(),
    decidedBy: integer().references(() => users.id, { onDelete: "set null" }),
    decidedByUsername: text().notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("decisions_supersedes_uq").on(t.supersedes),
    // a cluster's log and its latest decision
    index("decisions_cluster_idx").on(t.clusterCode, t.decidedAt),
    // a region's log, newest first, within the user's regions
    index("decisions_region_idx").on(t.regionCode.op("text_pattern_ops"), t.decidedAt),
  ],
);

export type Decision = typeof decisions.$inferSelect;
export type DecisionKind = (typeof decisionKind.enumValues)[number];
