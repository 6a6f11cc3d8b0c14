import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit/actions";
import { auditTimeRange, type AuditFilters } from "@/lib/audit/filters";
import type { DbOrTx } from "../client";
import { auditLog, type NewAuditRow } from "../schema";

/** Audit rows are only ever inserted; a trigger refuses UPDATE, DELETE and TRUNCATE. */
export async function insertAudit(tx: DbOrTx, row: NewAuditRow & { action: AuditAction }) {
  await tx.insert(auditLog).values(row);
}

function whereOf(filters: AuditFilters): SQL | undefined {
  const { since, until } = auditTimeRange(filters);
  return and(
    filters.actor ? eq(auditLog.actorUsername, filters.actor) : undefined,
    filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    since ? gte(auditLog.at, since) : undefined,
    until ? lt(auditLog.at, until) : undefined,
  );
}

/** Newest first; only administrators reach this (checked by the caller's permission). */
export async function listAudit(db: DbOrTx, options: { limit: number; offset: number; filters: AuditFilters }) {
  const where = whereOf(options.filters);
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(options.limit).offset(options.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The entity types present, for the filter's choices. */
export async function listAuditEntityTypes(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ type: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType);
  return rows.map((r) => r.type);
}
