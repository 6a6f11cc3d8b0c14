import type { Actor } from "@/lib/auth/permissions";

export const ROUND_STATUSES = ["draft", "published", "superseded", "withdrawn"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export type RoundVerb = "publish" | "supersede" | "withdraw" | "delete";

/** Who may see a round: drafts only their creator and administrators; every other status anyone in scope. */
export function canSeeRound(actor: Actor & { id?: number | null }, round: { status: RoundStatus; createdBy: number | null }): boolean {
  if (round.status !== "draft") return true;
  return actor.role === "administrator" || (actor.id != null && round.createdBy === actor.id);
}

/** Statuses the public pages and the token-less API show. */
export function isPublic(status: RoundStatus): boolean {
  return status === "published" || status === "superseded";
}

/**
 * The round life cycle: a draft is published or deleted; a published round is superseded (by a
 * newer one) or withdrawn, each with a reason; a superseded round may still be withdrawn.
 * Nothing published is ever deleted. Returns the new status, or null when the move is not allowed.
 */
export function nextRoundStatus(current: RoundStatus, verb: RoundVerb): RoundStatus | "deleted" | null {
  const moves: Record<RoundStatus, Partial<Record<RoundVerb, RoundStatus | "deleted">>> = {
    draft: { publish: "published", delete: "deleted" },
    published: { supersede: "superseded", withdraw: "withdrawn" },
    superseded: { withdraw: "withdrawn" },
    withdrawn: {},
  };
  return moves[current][verb] ?? null;
}

/** Verbs that must carry a reason. */
export function needsReason(verb: RoundVerb): boolean {
  return verb === "supersede" || verb === "withdraw";
}

/**
 * The round a page shows when the URL names none: the first published one of a list already in
 * display order (newest first). Drafts, withdrawn and superseded rounds are never a default.
 */
export function defaultRound<R extends { status: RoundStatus }>(rounds: readonly R[]): R | null {
  return rounds.find((r) => r.status === "published") ?? null;
}
