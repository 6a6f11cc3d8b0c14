import { bigint, date, index, integer, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { clusters } from "./surveys";

/** instrument.md hi_program_support codes: the kinds of home-industry programme support. */
export const programmeKind = pgEnum("programme_kind", ["training", "equipment", "mentoring", "capital", "marketing", "permit_facilitation"]);

/** A home-industry programme activity a regency gave to a cluster: what, when, how much, by whom. */
export const programmeActivities = pgTable(
  "programme_activities",
  {
    id: serial().primaryKey(),
    clusterId: integer()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    kind: programmeKind().notNull(),
    date: date({ mode: "string" }).notNull(),
    /** rupiah, whole */
    budget: bigint({ mode: "number" }).notNull(),
    provider: text().notNull(),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a cluster's activities, newest first (cluster page and the entry form)
    index("programme_activities_cluster_date_idx").on(t.clusterId, t.date),
  ],
);

export type ProgrammeActivity = typeof programmeActivities.$inferSelect;
export type ProgrammeKind = (typeof programmeKind.enumValues)[number];
