/**
 * The portal's backup file (README, "Backups"): gzip of JSON lines. Line 1 is the header;
 * then, table after table in the header's order, one line per row in primary-key order:
 * {"table":"<name>","row":<the row as Postgres' row_to_json>}.
 */
export const BACKUP_FORMAT = "portal-klaster-backup";
export const BACKUP_VERSION = 1;

/** Reloaded by setup from the bundled files (db/seed/data), so not in the file. */
export const REFERENCE_TABLES = ["regions", "region_boundaries", "reference_datasets"] as const;

export type MigrationRef = { tag: string; when: number };

export type BackupTable = { name: string; columns: string[]; primaryKey: string[]; rows: number };

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** the last migration applied to the database the backup was taken from */
  schema: MigrationRef;
  createdAt: string;
  database: "postgres" | "pglite";
  excluded: string[];
  tables: BackupTable[];
};

export class BackupError extends Error {}

/** Checks line 1 of a file; anything else than our header is refused with a sentence. */
export function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? "");
  } catch {
    throw new BackupError("This is not a portal backup (its first line is not a backup header).");
  }
  const h = value as Partial<BackupHeader>;
  if (h?.format !== BACKUP_FORMAT) throw new BackupError("This is not a portal backup (unknown format).");
  if (h.version !== BACKUP_VERSION) throw new BackupError(`Backup format version ${String(h.version)} is not supported by this build (it reads version ${BACKUP_VERSION}).`);
  if (!h.schema || typeof h.schema.tag !== "string" || typeof h.schema.when !== "number" || !Array.isArray(h.tables)) {
    throw new BackupError("The backup header is incomplete (schema or tables missing).");
  }
  return h as BackupHeader;
}

/**
 * The migrations to apply before loading a file: this build's, up to and including the
 * file's schema. A schema this build does not know is newer than the build: refused.
 */
export function migrationsUpTo(schema: MigrationRef, known: readonly MigrationRef[]): MigrationRef[] {
  const index = known.findIndex((m) => m.when === schema.when);
  if (index < 0) {
    const latest = known.at(-1);
    throw new BackupError(
      `This backup comes from a newer version of the portal: its schema is at migration ${schema.tag}, which this build does not know ` +
        `(this build's latest is ${latest?.tag ?? "none"}). Update the portal, then restore. Nothing was changed.`,
    );
  }
  return known.slice(0, index + 1);
}

/** Tables in an order where every row's foreign keys point at rows already loaded. */
export function restoreOrder(tables: readonly string[], references: readonly { from: string; to: string }[]): string[] {
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => !references.some((r) => r.from === t && r.to !== t && remaining.has(r.to)));
    if (ready.length === 0) throw new BackupError(`Foreign keys form a cycle between ${[...remaining].join(", ")}.`);
    for (const t of ready.sort()) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return order;
}
