import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { MigrationRef } from "@/lib/backup/format";
import type { Db } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** This build's migrations, oldest first, as drizzle-kit's journal lists them. */
export function knownMigrations(): MigrationRef[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: MigrationRef[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/** A copy of the migrations folder holding only `keep` (a restore stops at its file's schema). */
function partialFolder(keep: readonly MigrationRef[]): { folder: string; remove: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migrations-"));
  fs.mkdirSync(path.join(folder, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: MigrationRef[] };
  const tags = new Set(keep.map((m) => m.tag));
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: journal.entries.filter((e) => tags.has(e.tag)) }));
  for (const tag of tags) fs.copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** Applies the committed drizzle-kit migrations (or only `only`); already-applied ones are skipped. */
export async function migrateDb(db: Db, kind: "postgres" | "pglite", only?: readonly MigrationRef[]) {
  const partial = only ? partialFolder(only) : undefined;
  const config = { migrationsFolder: partial?.folder ?? migrationsFolder };
  try {
    if (kind === "pglite") await migratePglite(db as unknown as PgliteDatabase, config);
    else await migratePostgres(db, config);
  } finally {
    partial?.remove();
  }
}
