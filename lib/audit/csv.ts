import { tableToCsv } from "@/lib/import/export-csv";

export const AUDIT_CSV_HEADER = ["id", "at", "actor", "action", "action_label", "entity_type", "entity_id", "before", "after", "ip"] as const;

export type AuditCsvRow = {
  id: number;
  at: Date;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

/** Audit rows as CSV; `at` in ISO 8601 UTC, before/after as JSON, formula-looking text neutralised. */
export function auditToCsv(rows: readonly AuditCsvRow[], label: (action: string) => string): string {
  return tableToCsv(
    AUDIT_CSV_HEADER,
    rows.map((r) => [String(r.id), r.at.toISOString(), r.actorUsername, r.action, label(r.action), r.entityType, r.entityId, json(r.before), json(r.after), r.ip]),
  );
}
