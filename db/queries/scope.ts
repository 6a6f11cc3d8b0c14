import { eq, like, ne, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { hasNationalScope, type Actor } from "@/lib/auth/permissions";
import { surveyRounds } from "../schema";

/** An actor as queries see her; the id decides which draft rounds are hers. */
export type Viewer = Actor & { id?: number | null };

/** WHERE condition limiting `codeColumn` to the actor's regions (undefined = everything). */
export function scopeCondition(actor: Actor, codeColumn: PgColumn): SQL | undefined {
  if (hasNationalScope(actor)) return undefined;
  if (actor.regions.length === 0) return sql`false`;
  return or(...actor.regions.flatMap((r) => [eq(codeColumn, r), like(codeColumn, `${r}.%`)]));
}

/**
 * WHERE condition limiting `roundIdColumn` to rounds the viewer may see: every round but other
 * people's drafts (lib/surveys/round-status.ts canSeeRound, in SQL). Administrators see all.
 */
export function visibleRoundCondition(viewer: Viewer, roundIdColumn: PgColumn): SQL | undefined {
  if (viewer.role === "administrator") return undefined;
  const own = viewer.id != null ? eq(surveyRounds.createdBy, viewer.id) : undefined;
  return sql`${roundIdColumn} in (select ${surveyRounds.id} from ${surveyRounds} where ${or(ne(surveyRounds.status, "draft"), own)})`;
}
