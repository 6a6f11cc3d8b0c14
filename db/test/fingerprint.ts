import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../client";

export async function rowsOf<T>(db: DbOrTx, query: ReturnType<typeof sql.raw>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Reloaded from the bundled files, not from the backup: compared by count and keys. */
const RELOADED = new Set(["regions", "region_boundaries", "reference_datasets"]);

/**
 * Every table of schema public: row count and md5 of its rows (as JSON, in primary-key order);
 * the reference tables by count and keys, or by count only (`referenceKeys: false`, faster).
 */
export async function fingerprint(handle: { db: Db }, options: { referenceKeys?: boolean } = {}): Promise<Record<string, string>> {
  // one transaction: one pooled connection, so the time zone holds for every statement
  return handle.db.transaction(async (db) => {
  await db.execute(sql`set local time zone 'UTC'`);
  const tables = await rowsOf<{ name: string; pk: string }>(
    db,
    sql.raw(`select c.relname as name,
               coalesce((select string_agg(quote_ident(a.attname), ', ' order by a.attnum) from pg_index i join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey) where i.indrelid = c.oid and i.indisprimary), '1') as pk
             from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind = 'r' order by 1`),
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    // keys in "C" order, the same on both engines
    const order = t.pk.split(", ").map((c) => `${c}::text collate "C"`).join(", ");
    if (RELOADED.has(t.name) && options.referenceKeys === false) {
      const [r] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${t.name}"`));
      out[t.name] = `${r!.n}`;
      continue;
    }
    const row = RELOADED.has(t.name) ? `json_build_array(${t.pk})` : "row_to_json(x)";
    const [r] = await rowsOf<{ n: number; md5: string | null }>(
      db,
      sql.raw(`select count(*)::int as n, md5(string_agg(md5(${row}::text), '' order by ${order})) as md5 from (select * from "${t.name}") x`),
    );
    out[t.name] = `${r!.n} ${r!.md5 ?? "-"}`;
  }
  return out;
  });
}
