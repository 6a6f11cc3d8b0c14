import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { auditLog, type NewAuditRow } from "../schema";

export async function insertAudit(tx: DbOrTx, row: NewAuditRow) {
  await tx.insert(auditLog).values(row);
}

/** Newest first; only administrators reach this (checked by the caller's permission). */
export async function listAudit(db: DbOrTx, options: { limit: number; offset: number; action?: string }) {
  const where = options.action ? eq(auditLog.action, options.action) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(options.limit).offset(options.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listAuditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
