import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { regions } from "./regions";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const importKind = pgEnum("import_kind", ["respondents", "clusters", "pktd"]);
export const importMode = pgEnum("import_mode", ["all", "valid_only"]);
/**
 * Where a round's numbers come from: measured in the field, rebuilt from published tables, made
 * up for demonstration, or generated at national scale by `cli synth` (load tests, training).
 */
export const dataOrigin = pgEnum("data_origin", ["survey", "reconstruction", "illustration", "synthetic"]);
/** A round's life cycle (lib/surveys/round-status.ts): only drafts may be deleted. */
export const roundStatus = pgEnum("round_status", ["draft", "published", "superseded", "withdrawn"]);

/** One data collection: its period, region, source, licence and the rubric that scores it. */
export const surveyRounds = pgTable("survey_rounds", {
  id: serial().primaryKey(),
  code: text().notNull().unique(),
  name: text().notNull(),
  periodStart: date({ mode: "string" }),
  periodEnd: date({ mode: "string" }),
  regionCode: text().references(() => regions.code),
  source: text().notNull(),
  licence: text().notNull(),
  rubricVersion: text().notNull().default("rubrik-2019-v1"),
  origin: dataOrigin().notNull().default("survey"),
  /** method, reconstructed and illustrative fields, published table issues (seed rounds) */
  provenance: jsonb(),
  /** "published" by default so rounds older than the life cycle (the paper seed) stay public; imports create drafts */
  status: roundStatus().notNull().default("published"),
  /** the researcher who created it: a draft is visible to her and administrators only */
  createdBy: integer().references(() => users.id, { onDelete: "set null" }),
  /** why it was withdrawn or superseded */
  statusReason: text(),
  /** the round that replaces a superseded one */
  supersededBy: text(),
  statusChangedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A sentra or cluster of one round, in its home village. */
export const clusters = pgTable(
  "clusters",
  {
    id: serial().primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    code: text().notNull(),
    name: text().notNull(),
    villageCode: text()
      .notNull()
      .references(() => regions.code),
    product: text(),
    yearEstablished: integer(),
    legalEntity: text(),
    rowHash: text(),
  },
  (t) => [unique("clusters_round_code_uq").on(t.roundId, t.code)],
);

/** One home-industry actor's answers; identified by (round, respondent_id), never by name. */
export const respondents = pgTable(
  "respondents",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    roundId: integer()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: "cascade" }),
    respondentId: text().notNull(),
    villageCode: text()
      .notNull()
      .references(() => regions.code),
    clusterCode: text(),
    /** the validated record, keyed by instrument column names */
    answers: jsonb().notNull(),
    /** sha256 of the canonical answers: re-importing the same row changes nothing */
    rowHash: text().notNull(),
    importId: integer(),
  },
  (t) => [
    unique("respondents_round_respondent_uq").on(t.roundId, t.respondentId),
    // every scoped read: a round's respondents in a region (village code prefix)
    index("respondents_round_village_idx").on(t.roundId, t.villageCode.op("text_pattern_ops")),
    // a cluster's members (listClusters' counts, the rescore of clusters spanning regencies)
    index("respondents_round_cluster_idx").on(t.roundId, t.clusterCode),
  ],
);

/** Village cash-for-work (PKTD) and policy-support record, one per village and year. */
export const pktdRecords = pgTable(
  "pktd_records",
  {
    villageCode: text()
      .notNull()
      .references(() => regions.code),
    year: integer().notNull(),
    data: jsonb().notNull(),
    rowHash: text().notNull(),
    origin: dataOrigin().notNull().default("survey"),
    importId: integer(),
    /** raised by every write, so two officials editing the same record cannot overwrite each other */
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.villageCode, t.year] })],
);

/** Import history: who, when, which file (name and hash), what it did. */
export const imports = pgTable(
  "imports",
  {
    id: serial().primaryKey(),
    kind: importKind().notNull(),
    roundId: integer().references(() => surveyRounds.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    fileSha256: text().notNull(),
    mode: importMode().notNull(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    actorUsername: text().notNull(),
    counts: jsonb().notNull(),
    /** regencies (PP.KK) of the rows written: regional users see the imports of their regions */
    regencies: text().array().notNull().default(sql`'{}'::text[]`),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a round's import history, newest first
    index("imports_round_at_idx").on(t.roundId, t.at),
  ],
);

/**
 * An uploaded file waiting for the user to confirm its preview; deleted on commit or after a
 * day. The file is parsed once, off the request thread: `parsed` keeps what the parse found
 * (columns, warnings, rejected rows, valid records), so the preview, the rejected-rows
 * download and the commit never read the file again.
 */
export const pendingImports = pgTable(
  "pending_imports",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    kind: importKind().notNull(),
    fileName: text().notNull(),
    fileSha256: text().notNull(),
    /** the file itself is not kept: `parsed` holds all the import needs */
    bytes: bytea(),
    /** the round to import into, or the new round's fields */
    round: jsonb(),
    parsed: jsonb(),
    actorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the daily clean-up deletes uploads older than a day
    index("pending_imports_created_idx").on(t.createdAt),
  ],
);

/**
 * Respondent rows on their way in: loaded with COPY in short statements when the file is
 * uploaded, then merged into `respondents` with one INSERT … SELECT by the commit, which deletes
 * them. A batch whose upload was never committed is swept after a day (deleteStaleStaging).
 */
export const importStaging = pgTable(
  "import_staging",
  {
    batch: uuid().notNull(),
    /** the row's line in the file: rows the plan rejects are left out of the merge by line */
    line: integer().notNull(),
    respondentId: text().notNull(),
    villageCode: text().notNull(),
    clusterCode: text(),
    answers: jsonb().notNull(),
    rowHash: text().notNull(),
    stagedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // the merge and the clean-up read one batch; the sweep scans the table, which holds only imports in progress
  (t) => [primaryKey({ columns: [t.batch, t.line] })],
);

export type SurveyRound = typeof surveyRounds.$inferSelect;
export type RoundStatus = (typeof roundStatus.enumValues)[number];
export type ImportRow = typeof imports.$inferSelect;
export type ImportKind = (typeof importKind.enumValues)[number];
