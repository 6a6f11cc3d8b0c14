import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { rubricVersions } from "./scoring";
import { surveyRounds } from "./surveys";

/** A saved side-by-side comparison; its short id is the shareable link /compare/s/<id>. */
export const savedComparisons = pgTable(
  "saved_comparisons",
  {
    /** random, unguessable short id */
    id: text().primaryKey(),
    title: text().notNull(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    rubricVersion: text()
      .notNull()
      .references(() => rubricVersions.version, { onDelete: "cascade" }),
    /** [{ type, code }] in the order chosen */
    units: jsonb().notNull(),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "my saved comparisons", newest first, on the compare page
    index("saved_comparisons_created_by_idx").on(t.createdBy, t.createdAt),
  ],
);

export type SavedComparison = typeof savedComparisons.$inferSelect;
