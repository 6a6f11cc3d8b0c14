import { randomBytes } from "node:crypto";
import { findSavedComparison, insertSavedComparison, snapshotsOf } from "@/db/queries/compare";
import { findRoundByCode } from "@/db/queries/surveys";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { parseSelection, saveComparisonSchema, unitRefKey, type SaveComparisonInput, type UnitRef } from "@/lib/compare/selection";
import { AppError } from "@/lib/errors";
import type { ServiceContext } from "./context";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** 12 characters of a 57-letter alphabet without look-alikes: short enough to read out, ≈ 70 bits. */
export function newShortId(): string {
  return [...randomBytes(12)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** Saves a comparison of units the actor may see, under its round's own rubric version. */
export async function saveComparison({ tx, actor, audit }: ServiceContext, input: SaveComparisonInput): Promise<string> {
  if (!can(actor, "survey:view")) throw new AppError("forbidden");
  const parsed = saveComparisonSchema.safeParse({ ...input, units: input.units.map(unitRefKey) });
  if (!parsed.success) throw new AppError("invalid");
  const { title, round: roundCode, units } = parsed.data;
  const round = await findRoundByCode(tx, roundCode);
  if (!round) throw new AppError("not_found");
  // scope: every unit must be one the actor may see in that round
  const found = await snapshotsOf(tx, actor, { roundId: round.id, version: round.rubricVersion, units });
  if (found.length !== units.length) throw new AppError("not_found");
  const id = newShortId();
  await insertSavedComparison(tx, { id, title, roundId: round.id, rubricVersion: round.rubricVersion, units, createdBy: actor.id });
  await audit({ action: "comparison.save", entityType: "saved_comparison", entityId: id, before: null, after: { title, round: round.code, units } });
  return id;
}

/**
 * A saved comparison for this actor, or null when it does not exist or holds any unit she may
 * not see: the link then answers "not found" and reveals nothing about what it compares.
 */
export async function openSavedComparison(db: DbOrTx, actor: Actor, id: string) {
  if (!/^[A-Za-z0-9]{6,32}$/.test(id)) return null;
  const saved = await findSavedComparison(db, id);
  if (!saved) return null;
  const units: UnitRef[] = parseSelection((saved.units as UnitRef[]).map(unitRefKey));
  const snapshots = await snapshotsOf(db, actor, { roundId: saved.roundId, version: saved.rubricVersion, units });
  if (snapshots.length !== units.length) return null;
  return { saved, units, snapshots };
}
