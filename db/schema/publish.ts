import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { surveyRounds } from "./surveys";

/** Files are kept as bytes: checksums are of exactly what is downloaded (text would lose the BOM on some drivers). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const publicationStatus = pgEnum("publication_status", ["draft", "published", "superseded", "withdrawn"]);

/** A researcher's publication: the stable identity (slug, owner) its versions share. */
export const publications = pgTable("publications", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  ownerId: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of a publication. A draft is edited; publishing freezes it: figures become data,
 * the dataset and dictionary CSV are written, the citation fixed, all checksummed. A published
 * version is never changed again except to record its withdrawal.
 */
export const publicationVersions = pgTable(
  "publication_versions",
  {
    id: serial().primaryKey(),
    publicationId: integer()
      .notNull()
      .references(() => publications.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    status: publicationStatus().notNull().default("draft"),
    title: text().notNull(),
    /** author names in citation order */
    authors: jsonb().$type<string[]>().notNull(),
    abstract: text().notNull(),
    /** [{ heading, text }]: text in the safe Markdown subset of lib/publish/markdown.ts */
    body: jsonb().$type<{ heading: string; text: string }[]>().notNull(),
    /** the figures picked (draft): [{ kind, field?, unit? }] */
    figures: jsonb().$type<unknown[]>().notNull(),
    /** the round the publication reports on; a published round is required to publish */
    roundId: integer().references(() => surveyRounds.id),
    includeDataset: boolean().notNull().default(false),
    licence: text().notNull().default("CC-BY-4.0"),
    /** frozen at publication: figures as data, round, rubric, citation (PublishedSnapshot) */
    snapshot: jsonb(),
    /** sha256 of the canonical snapshot JSON */
    sha256: text(),
    datasetCsv: bytea(),
    datasetSha256: text(),
    dictionaryCsv: bytea(),
    dictionarySha256: text(),
    statusReason: text(),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("publication_versions_version_uq").on(t.publicationId, t.version),
    // the public list: published versions, newest first
    index("publication_versions_status_idx").on(t.status, t.publishedAt),
  ],
);

/** A personal API token: only its sha256 is stored; it acts with its owner's role and regions. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** sha256 hex of the secret; the secret itself is shown once and never stored */
    tokenHash: text().notNull().unique(),
    /** the first characters, so owners and administrators can tell tokens apart */
    prefix: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: integer().references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: timestamp({ withTimezone: true }),
    useCount: integer().notNull().default(0),
  },
  (t) => [
    // a user's own tokens on the account page
    index("api_tokens_user_idx").on(t.userId),
  ],
);

/**
 * API request counts per fixed window, per token or per client address. In the database rather
 * than in memory so that every server process behind a load balancer shares one limit.
 */
export const apiRateWindows = pgTable("api_rate_windows", {
  /** "token:<id>" or "ip:<address>" */
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});

export type Publication = typeof publications.$inferSelect;
export type PublicationVersion = typeof publicationVersions.$inferSelect;
export type PublicationStatus = (typeof publicationStatus.enumValues)[number];
export type ApiToken = typeof apiTokens.$inferSelect;
