import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import type { AuditAction } from "@/lib/audit/actions";
import { listClusterScores } from "@/db/queries/candidates";
import { insertDecision, latestDecision } from "@/db/queries/decisions";
import { getRubricVersion, getSnapshot } from "@/db/queries/scores";
import { getRoundInScope } from "@/db/queries/surveys";
import type { Decision } from "@/db/schema";
import { can, inScope, type Actor } from "@/lib/auth/permissions";
import { candidateInputOf, candidatesFor, DECISION_KINDS, decisionSnapshotOf, type DecisionSnapshot } from "@/lib/candidates";
import { AppError } from "@/lib/errors";
import type { Rubric } from "@/lib/scoring/rubric";

/** Messages are keys under `validation.`. */
export const decisionInputSchema = z.object({
  round: z.string().trim().min(1, "required").max(64, "too_long"),
  rubric: z.string().trim().max(64, "too_long").optional().transform((v) => v || undefined),
  cluster: z.string().trim().min(1, "required").max(64, "too_long"),
  kind: z.enum(DECISION_KINDS, "decision_kind"),
  reason: z.string().trim().min(5, "reason_short").max(2000, "too_long"),
  reviewOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "date"),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export type DecisionActor = Actor & { id: number | null; username: string };
type Audit = (entry: { action: AuditAction; entityType: string; entityId?: string; before?: unknown; after?: unknown }) => Promise<void>;

/** A cluster's regency: the first two segments of its village code. */
const regencyOf = (villageCode: string) => villageCode.split(".").slice(0, 2).join(".");

/**
 * The current scores of one cluster as a decision would record them: criteria, priority and
 * robustness among the clusters of its regency. Null when it has no score or lies out of scope.
 */
export async function currentSnapshot(db: DbOrTx, actor: Actor, q: { roundId: number; roundCode: string; version: string; cluster: string }): Promise<DecisionSnapshot | null> {
  const [stored, rubricRow] = await Promise.all([getSnapshot(db, actor, { roundId: q.roundId, version: q.version, unitType: "cluster", code: q.cluster }), getRubricVersion(db, q.version)]);
  if (!stored || !rubricRow) return null;
  const rubric = rubricRow.definition as Rubric;
  const regency = regencyOf(stored.regionCode);
  const rows = await listClusterScores(db, actor, { roundId: q.roundId, version: q.version, regionCode: regency });
  const row = candidatesFor(rubric, rows.map((r) => candidateInputOf(rubric.candidates, r))).find((r) => r.code === q.cluster);
  if (!row) return null;
  return decisionSnapshotOf(row, { ...stored, round: q.roundCode, rubricVersion: q.version }, regency);
}

/**
 * Records a decision on a pilot-cluster candidate: permission → validate → transaction →
 * scope → write → audit. A cluster outside the actor's regions answers "not found", with
 * nothing written. The decision in force on the cluster, if any, is superseded, not changed.
 */
export async function recordDecision(db: DbOrTx, actor: DecisionActor, raw: unknown, options: { audit?: Audit } = {}): Promise<Decision> {
  if (!can(actor, "decision:record")) throw new AppError("forbidden");
  const parsed = decisionInputSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid");
  const input = parsed.data;
  return db.transaction(async (tx) => {
    const round = await getRoundInScope(tx, actor, input.round);
    if (!round) throw new AppError("not_found");
    const version = input.rubric ?? round.rubricVersion;
    const snapshot = await currentSnapshot(tx, actor, { roundId: round.id, roundCode: round.code, version, cluster: input.cluster });
    const stored = snapshot && (await getSnapshot(tx, actor, { roundId: round.id, version, unitType: "cluster", code: input.cluster }));
    // the scoped queries already hide other regions; the explicit check keeps it so if they change
    if (!snapshot || !stored || !can(actor, "decision:record", stored.regionCode) || !inScope(actor, stored.regionCode)) throw new AppError("not_found");
    const previous = await latestDecision(tx, actor, input.cluster);
    const decision = await insertDecision(tx, {
      roundId: round.id,
      rubricVersion: version,
      clusterCode: input.cluster,
      clusterName: stored.unitName,
      regionCode: stored.regionCode,
      kind: input.kind,
      reason: input.reason,
      reviewOn: input.reviewOn ?? null,
      snapshot,
      supersedes: previous?.id ?? null,
      decidedBy: actor.id,
      decidedByUsername: actor.username,
    });
    const entry = {
      action: "decision.record" as const,
      entityType: "cluster",
      entityId: input.cluster,
      before: previous ? { decision: previous.id, kind: previous.kind } : null,
      after: { decision: decision.id, kind: decision.kind, reason: decision.reason, reviewOn: decision.reviewOn, round: round.code, rubric: version, supersedes: decision.supersedes },
    };
    if (options.audit) await options.audit(entry);
    else await insertAudit(tx, { ...entry, actorId: actor.id, actorUsername: actor.username });
    return decision;
  });
}
