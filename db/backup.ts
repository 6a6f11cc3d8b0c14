import { once } from "node:events";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import readline from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { sql, type SQL } from "drizzle-orm";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  REFERENCE_TABLES,
  migrationsUpTo,
  parseHeader,
  restoreOrder,
  type BackupHeader,
  type BackupTable,
  type MigrationRef,
} from "@/lib/backup/format";
import type { DbOrTx, Handle } from "./client";
import { knownMigrations, migrateDb } from "./migrate";
import { loadAdminUnits, loadBoundaries } from "./seed/reference";

const PAGE = 5000;
/** rows per INSERT on restore */
const BATCH = 1000;

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  // postgres.js answers an array, PGlite an object with rows
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const list = (names: readonly string[]) => names.map(ident).join(", ");

type TableShape = Omit<BackupTable, "rows">;

/** The portal's tables (schema public) with their stored columns, primary keys and foreign keys. */
async function readCatalog(db: DbOrTx) {
  const columns = await rowsOf<{ table: string; column: string; pk: boolean }>(
    db,
    sql`select c.relname as "table", a.attname as "column",
          exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary and a.attnum = any(i.indkey)) as pk
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const references = await rowsOf<{ from: string; to: string }>(
    db,
    sql`select c.relname as "from", r.relname as "to"
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class r on r.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  const tables = new Map<string, TableShape>();
  for (const c of columns) {
    const t = tables.get(c.table) ?? { name: c.table, columns: [], primaryKey: [] };
    t.columns.push(c.column);
    if (c.pk) t.primaryKey.push(c.column);
    tables.set(c.table, t);
  }
  return { tables, references };
}

async function appliedMigrations(db: DbOrTx): Promise<number[]> {
  const [exists] = await rowsOf<{ ok: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!exists?.ok) return [];
  const rows = await rowsOf<{ when: string }>(db, sql`select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at`);
  return rows.map((r) => Number(r.when));
}

function schemaOf(applied: number[], known: MigrationRef[]): MigrationRef {
  const last = applied.at(-1);
  const ref = known.find((m) => m.when === last);
  if (!ref) throw new BackupError(last === undefined ? "The database has no migrations applied: there is nothing to back up." : `The database is at a migration (${last}) this build does not know: back it up with the portal version that migrated it.`);
  return ref;
}

/** Writes every table users write (reference data excluded) to `file`, from one consistent snapshot. */
export async function backupDatabase(handle: Handle, file: string): Promise<BackupHeader> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(partial));
  const write = async (line: string) => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  try {
    const header = await handle.db.transaction(
      async (tx) => {
        await tx.execute(sql`select set_config('TimeZone', 'UTC', true)`);
        const schema = schemaOf(await appliedMigrations(tx), knownMigrations());
        const { tables, references } = await readCatalog(tx);
        const names = [...tables.keys()].filter((t) => !(REFERENCE_TABLES as readonly string[]).includes(t));
        const shapes: BackupTable[] = [];
        for (const name of restoreOrder(names, references)) {
          const [{ n }] = (await rowsOf<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${ident(name)}`))) as [{ n: number }];
          shapes.push({ ...tables.get(name)!, rows: n });
        }
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          schema,
          createdAt: new Date().toISOString(),
          database: handle.kind,
          excluded: [...REFERENCE_TABLES],
          tables: shapes,
        };
        await write(JSON.stringify(header));
        for (const t of shapes) {
          const order = list(t.primaryKey.length ? t.primaryKey : t.columns);
          for (let offset = 0; offset < t.rows; offset += PAGE) {
            const page = await rowsOf<{ j: string }>(
              tx,
              sql.raw(`select row_to_json(x)::text as j from (select ${list(t.columns)} from ${ident(t.name)}) x order by ${order} limit ${PAGE} offset ${offset}`),
            );
            for (const r of page) await write(`{"table":${JSON.stringify(t.name)},"row":${r.j}}`);
          }
        }
        return header;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await finished(out);
    renameSync(partial, file);
    return header;
  } catch (e) {
    gzip.destroy();
    rmSync(partial, { force: true });
    throw e;
  }
}

async function insertBatch(tx: DbOrTx, table: BackupTable, rows: unknown[]) {
  if (rows.length === 0) return;
  const cols = list(table.columns);
  await tx.execute(
    sql`insert into ${sql.raw(ident(table.name))} (${sql.raw(cols)}) overriding system value
        select ${sql.raw(cols)} from json_populate_recordset(null::${sql.raw(ident(table.name))}, ${JSON.stringify(rows)}::json)`,
  );
}

/** Every serial/identity sequence continues after the largest restored id. */
async function resetSequences(tx: DbOrTx, table: BackupTable) {
  const sequences = await rowsOf<{ column: string; seq: string | null }>(
    tx,
    sql`select a.attname as "column", pg_get_serial_sequence(${ident(table.name)}, a.attname) as seq
        from pg_attribute a where a.attrelid = ${ident(table.name)}::regclass and a.attnum > 0 and not a.attisdropped`,
  );
  for (const { column, seq } of sequences) {
    if (seq) await tx.execute(sql.raw(`select setval('${seq.replace(/'/g, "''")}', coalesce(max(${ident(column)}), 0) + 1, false) from ${ident(table.name)}`));
  }
}

export type RestoreReport = { header: BackupHeader; rows: number; migrationsAfter: number };

/**
 * Loads a backup into an empty database in one transaction: migrations up to the file's
 * schema, reference data from the bundled files, every row, sequences; then any newer migrations.
 */
export async function restoreDatabase(handle: Handle, file: string): Promise<RestoreReport> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  try {
    const header = parseHeader((await lines.next()).value);
    const known = knownMigrations();
    const needed = migrationsUpTo(header.schema, known);
    const applied = await appliedMigrations(handle.db);
    if (applied.length === 0) await migrateDb(handle.db, handle.kind, needed);
    else if (applied.at(-1) !== header.schema.when) {
      const at = known.find((m) => m.when === applied.at(-1))?.tag ?? String(applied.at(-1));
      throw new BackupError(`The database is already at migration ${at}, the backup at ${header.schema.tag}: restore into an empty database (a new PGLITE_DIR or a new Postgres database). Nothing was changed.`);
    }
    await loadAdminUnits(handle.db);
    await loadBoundaries(handle.db);

    const { tables } = await readCatalog(handle.db);
    for (const t of header.tables) {
      const here = tables.get(t.name);
      const missing = t.columns.filter((c) => !here?.columns.includes(c));
      if (!here || missing.length) throw new BackupError(`The database has no ${here ? `column ${missing.join(", ")} in table ${t.name}` : `table ${t.name}`} the backup holds.`);
      const [{ n }] = (await rowsOf<{ n: number }>(handle.db, sql.raw(`select count(*)::int as n from ${ident(t.name)}`))) as [{ n: number }];
      if (n > 0) throw new BackupError(`The database already holds data (table ${t.name}: ${n} rows). Restore only into an empty database. Nothing was changed.`);
    }

    const byName = new Map(header.tables.map((t) => [t.name, t]));
    let total = 0;
    await handle.db.transaction(async (tx) => {
      const counts = new Map<string, number>();
      let current: BackupTable | undefined;
      let batch: unknown[] = [];
      const flush = async () => {
        if (current) await insertBatch(tx, current, batch);
        batch = [];
      };
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        if (next.value === "") continue;
        const { table, row } = JSON.parse(next.value) as { table: string; row: unknown };
        if (table !== current?.name) {
          await flush();
          current = byName.get(table);
          if (!current) throw new BackupError(`The backup holds rows of table ${table}, which its header does not list.`);
        }
        batch.push(row);
        counts.set(table, (counts.get(table) ?? 0) + 1);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      for (const t of header.tables) {
        if ((counts.get(t.name) ?? 0) !== t.rows) throw new BackupError(`The backup is incomplete: table ${t.name} should hold ${t.rows} rows, the file has ${counts.get(t.name) ?? 0}. Nothing was restored.`);
        await resetSequences(tx, t);
        total += t.rows;
      }
    });
    if (needed.length < known.length) await migrateDb(handle.db, handle.kind);
    return { header, rows: total, migrationsAfter: known.length - needed.length };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR" || code === "ERR_STREAM_PREMATURE_CLOSE" || e instanceof SyntaxError) {
      throw new BackupError("The backup file is damaged (not gzip, or cut short). Nothing was restored.");
    }
    throw e;
  } finally {
    input.destroy();
  }
}
