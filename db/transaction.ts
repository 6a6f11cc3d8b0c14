import { getDb, type Tx } from "./client";

/** Runs `fn` in one database transaction of the portal's database. */
export async function runInTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(fn);
}
