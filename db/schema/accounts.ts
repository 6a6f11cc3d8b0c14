import { boolean, index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { regions } from "./regions";

export const userRole = pgEnum("user_role", ["administrator", "ministry_staff", "regency_official", "researcher"]);

export const users = pgTable("users", {
  id: serial().primaryKey(),
  /** lower-case sign-in name */
  username: text().notNull().unique(),
  displayName: text().notNull(),
  passwordHash: text().notNull(),
  role: userRole().notNull(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Regions of responsibility: a regency official sees only units under these codes. */
export const userRegions = pgTable(
  "user_regions",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionCode] })],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: serial().primaryKey(),
    username: text().notNull(),
    ip: text().notNull(),
    success: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // throttle check: recent failures for one name or one address
    index("login_attempts_username_at_idx").on(t.username, t.at),
    index("login_attempts_ip_at_idx").on(t.ip, t.at),
  ],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
