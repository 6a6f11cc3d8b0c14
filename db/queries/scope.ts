import { eq, like, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { hasNationalScope, type Actor } from "@/lib/auth/permissions";

/** WHERE condition limiting `codeColumn` to the actor's regions (undefined = everything). */
export function scopeCondition(actor: Actor, codeColumn: PgColumn): SQL | undefined {
  if (hasNationalScope(actor)) return undefined;
  if (actor.regions.length === 0) return sql`false`;
  return or(...actor.regions.flatMap((r) => [eq(codeColumn, r), like(codeColumn, `${r}.%`)]));
}
