import { boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import type { Rubric } from "@/lib/scoring/rubric";
import type { StoredScore } from "@/lib/scoring/stored-score";
import { users } from "./accounts";
import { surveyRounds } from "./surveys";

export const unitType = pgEnum("unit_type", ["cluster", "village", "district", "regency"]);
export const stratum = pgEnum("stratum", ["sentra", "rintisan", "matang"]);

/** Rubric versions as data: v1 is seeded and locked; administrators copy and revise. */
export const rubricVersions = pgTable("rubric_versions", {
  version: text().primaryKey(),
  label: text().notNull(),
  basedOn: text(),
  /** the whole Rubric object of lib/scoring/rubric.ts */
  definition: jsonb().$type<Rubric>().notNull(),
  locked: boolean().notNull().default(false),
  createdBy: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A stored score: one unit of one round under one rubric version, with the hash of its inputs. */
export const scoreSnapshots = pgTable(
  "score_snapshots",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    rubricVersion: text()
      .notNull()
      .references(() => rubricVersions.version, { onDelete: "cascade" }),
    unitType: unitType().notNull(),
    unitCode: text().notNull(),
    unitName: text().notNull(),
    /** the unit's home village (clusters) or its own code (regions): scoping by region prefix */
    regionCode: text().notNull(),
    n: integer().notNull(),
    readiness: doublePrecision(),
    stratum: stratum(),
    socialCapital: doublePrecision(),
    policySupport: doublePrecision(),
    /** UnitScore and PolicySupport of lib/scoring, unrounded */
    result: jsonb().$type<StoredScore>().notNull(),
    inputsHash: text().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("score_snapshots_unit_uq").on(t.roundId, t.rubricVersion, t.unitType, t.unitCode),
    // unit lists and the comparison page: a round's units of one type under one rubric, within a region
    index("score_snapshots_list_idx").on(t.roundId, t.rubricVersion, t.unitType, t.regionCode.op("text_pattern_ops")),
  ],
);

export type RubricVersionRow = typeof rubricVersions.$inferSelect;
export type ScoreSnapshot = typeof scoreSnapshots.$inferSelect;
export type UnitType = (typeof unitType.enumValues)[number];
