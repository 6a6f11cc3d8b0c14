import { isAuditAction, type AuditAction } from "./actions";

/** What the audit page and its CSV are filtered by; all kept in the URL. */
export type AuditFilters = {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  /** YYYY-MM-DD, a day in Asia/Jakarta, inclusive */
  from?: string;
  to?: string;
};

type Search = Record<string, string | string[] | undefined>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v.slice(0, 200) : undefined;
}

function day(value: string | undefined): string | undefined {
  if (!value || !ISO_DAY.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : value;
}

/** Unknown actions and malformed dates are dropped, never passed on to SQL. */
export function parseAuditFilters(search: Search): AuditFilters {
  const action = one(search.action);
  const filters: AuditFilters = {
    actor: one(search.actor)?.toLowerCase(),
    entityType: one(search.type),
    entityId: one(search.id),
    action: action && isAuditAction(action) ? action : undefined,
    from: day(one(search.from)),
    to: day(one(search.to)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as AuditFilters;
}

/** The half-open instant range [from 00:00 WIB, the day after `to` 00:00 WIB). */
export function auditTimeRange(filters: AuditFilters): { since?: Date; until?: Date } {
  const since = filters.from ? new Date(`${filters.from}T00:00:00+07:00`) : undefined;
  const until = filters.to ? new Date(new Date(`${filters.to}T00:00:00+07:00`).getTime() + 24 * 60 * 60 * 1000) : undefined;
  return { since, until };
}

/** The query string of a filter set (same names the form submits), page 1 omitted. */
export function auditQuery(filters: AuditFilters, page = 1): string {
  const params = new URLSearchParams();
  const names: [keyof AuditFilters, string][] = [["actor", "actor"], ["entityType", "type"], ["entityId", "id"], ["action", "action"], ["from", "from"], ["to", "to"]];
  for (const [key, name] of names) if (filters[key]) params.set(name, filters[key]!);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return q ? `?${q}` : "";
}
