import type { DbOrTx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { publicationsUsingRound } from "@/db/queries/publications";
import { deleteRound, findRoundByCode, setRoundStatus } from "@/db/queries/surveys";
import { can, type Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/actions";
import { AppError } from "@/lib/errors";
import { canSeeRound, needsReason, nextRoundStatus, type RoundVerb } from "@/lib/surveys/round-status";

export type RoundActor = Actor & { id: number | null; username: string };
export type RoundChange = { code: string; verb: RoundVerb; reason?: string; supersededBy?: string };

/**
 * Moves a round through its life cycle (publish, supersede, withdraw) or deletes a draft, in the
 * caller's transaction, with its audit row. Only the round's creator or an administrator may.
 */
export async function changeRound(tx: DbOrTx, actor: RoundActor, change: RoundChange, ip = "local"): Promise<void> {
  if (!can(actor, "survey:import")) throw new AppError("forbidden");
  const round = await findRoundByCode(tx, change.code);
  if (!round || !canSeeRound(actor, round)) throw new AppError("not_found", "round_missing");
  if (actor.role !== "administrator" && round.createdBy !== actor.id) throw new AppError("forbidden", "round_not_yours");
  const next = nextRoundStatus(round.status, change.verb);
  if (!next) throw new AppError("conflict", "round_status_move");
  const reason = change.reason?.trim() ?? "";
  if (needsReason(change.verb) && reason.length < 5) throw new AppError("invalid", "round_reason_required");

  const before = { status: round.status, statusReason: round.statusReason, supersededBy: round.supersededBy };
  const audit = (action: AuditAction, after: unknown) =>
    insertAudit(tx, { action, entityType: "survey_round", entityId: round.code, before, after, actorId: actor.id, actorUsername: actor.username, ip });

  if (next === "deleted") {
    if ((await publicationsUsingRound(tx, round.id)) > 0) throw new AppError("conflict", "round_used_by_publication");
    const removed = await deleteRound(tx, round.id);
    await audit("round.delete", { deleted: true, ...removed });
    return;
  }
  let supersededBy: string | null = round.supersededBy;
  if (change.verb === "supersede") {
    const successor = change.supersededBy ? await findRoundByCode(tx, change.supersededBy) : null;
    if (!successor || successor.id === round.id || successor.status !== "published") throw new AppError("invalid", "round_successor_invalid");
    supersededBy = successor.code;
  }
  const after = { status: next, statusReason: needsReason(change.verb) ? reason : round.statusReason, supersededBy };
  await setRoundStatus(tx, round.id, after);
  await audit(`round.${change.verb}` as AuditAction, after);
}
