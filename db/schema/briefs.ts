import { bigserial, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { unitType } from "./scoring";
import { surveyRounds } from "./surveys";

export const briefStatus = pgEnum("brief_status", ["draft", "in_review", "approved", "published"]);
export const briefLanguage = pgEnum("brief_language", ["id", "en"]);
/** why a version exists */
export const briefVersionKind = pgEnum("brief_version_kind", ["generated", "edited", "regenerated", "restored", "reopened"]);

/** A recommendation brief of one unit, round, rubric version and language, with its workflow state. */
export const briefs = pgTable(
  "briefs",
  {
    id: serial().primaryKey(),
    unitType: unitType().notNull(),
    unitCode: text().notNull(),
    unitName: text().notNull(),
    /** the unit's home village (clusters) or its own code: scoping by region prefix */
    regionCode: text().notNull(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    rubricVersion: text().notNull(),
    language: briefLanguage().notNull(),
    status: briefStatus().notNull().default("draft"),
    currentVersion: integer().notNull(),
    /** the frozen version readers get; stays while a new draft is written */
    publishedVersion: integer(),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the list of briefs, within the reader's regions, newest first
    index("briefs_region_idx").on(t.regionCode.op("text_pattern_ops"), t.updatedAt),
  ],
);

/** Every state of a brief's text; rows are only ever inserted, never updated. */
export const briefVersions = pgTable(
  "brief_versions",
  {
    id: serial().primaryKey(),
    briefId: integer()
      .notNull()
      .references(() => briefs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    kind: briefVersionKind().notNull(),
    /** BriefDocument of lib/briefs/document.ts, validated with zod when read */
    document: jsonb().notNull(),
    /** what changed: the edited section, the version restored, the numbers that moved */
    detail: jsonb(),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    authorUsername: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("brief_versions_uq").on(t.briefId, t.version)],
);

/** Workflow transitions with their comments (the audit log holds them too). */
export const briefEvents = pgTable(
  "brief_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    briefId: integer()
      .notNull()
      .references(() => briefs.id, { onDelete: "cascade" }),
    action: text().notNull(),
    fromStatus: briefStatus().notNull(),
    toStatus: briefStatus().notNull(),
    version: integer().notNull(),
    comment: text(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    actorUsername: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a brief's history, oldest first
    index("brief_events_brief_idx").on(t.briefId, t.at),
  ],
);

export type BriefRow = typeof briefs.$inferSelect;
export type BriefVersionRow = typeof briefVersions.$inferSelect;
export type BriefEventRow = typeof briefEvents.$inferSelect;
export type BriefStatus = (typeof briefStatus.enumValues)[number];
export type BriefVersionKind = (typeof briefVersionKind.enumValues)[number];
