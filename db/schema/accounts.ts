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
  /**
   * Carried in the session token and compared on every request: raising it (password reset
   * or change, disable, "sign out everywhere") ends every session issued before.
   */
  sessionVersion: integer().notNull().default(0),
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

/**
 * Sessions signed out in one browser: their id stays refused until the token would have
 * expired anyway, so a copy of the cookie taken before sign-out no longer opens anything.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  // pruning rows whose token has expired anyway
  (t) => [index("revoked_sessions_expires_at_idx").on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
