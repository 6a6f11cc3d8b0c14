import { getActivityInScope, getClusterInScope, getPktdRecord, insertActivity, insertPktdRecord, updateActivity, updatePktdRecordIfVersion, villageExists } from "@/db/queries/policy";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { pktdSchema } from "@/lib/instrument/record-schema";
import { activityFormSchema, type ActivityFormInput } from "@/lib/policy/activity-form";
import type { PktdFormInput } from "@/lib/policy/pktd-form";
import { recordHash } from "@/lib/surveys/plan";
import { rescoreVillage, type RescoreResult } from "@/services/rescore";
import type { ServiceContext } from "./context";

export type SavedPktd = { villageCode: string; year: number; version: number; rescored: RescoreResult[] };

/**
 * Enters or edits a village's cash-for-work (PKTD) record of one year and rescores the units
 * containing the village in the same transaction. `expectedVersion` is the version the
 * official started from (0 for a new record): if someone saved in between, nothing is
 * written and she gets a conflict.
 */
export async function savePktdRecord({ tx, actor, audit }: ServiceContext, input: PktdFormInput): Promise<SavedPktd> {
  // permission
  if (!can(actor, "policy:edit")) throw new AppError("forbidden");
  // validate: the stored-record contract of the instrument, whatever the caller parsed
  const parsed = pktdSchema.safeParse(input.record);
  if (!parsed.success || !Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) throw new AppError("invalid");
  const record = parsed.data;
  if (record.workers_women > record.workers_total || (record.hok_women ?? 0) > (record.hok_total ?? Number.POSITIVE_INFINITY)) {
    throw new AppError("invalid");
  }
  // scope (inside the transaction): an out-of-scope village is "not found", like a missing one
  const village = record.village_code;
  if (!can(actor, "policy:edit", village) || !(await villageExists(tx, village))) throw new AppError("not_found");
  const before = await getPktdRecord(tx, actor, village, record.year);
  // write, guarded by the version
  const row = { villageCode: village, year: record.year, data: record, rowHash: recordHash(record) };
  const written =
    input.expectedVersion === 0 ? await insertPktdRecord(tx, row) : before !== null && (await updatePktdRecordIfVersion(tx, row, input.expectedVersion));
  if (!written) throw new AppError("conflict", "pktd_conflict");
  const rescored = await rescoreVillage(tx, village);
  await audit({
    action: before ? "pktd.update" : "pktd.create",
    entityType: "pktd_record",
    entityId: `${village}|${record.year}`,
    before: before ? before.data : null,
    after: record,
  });
  return { villageCode: village, year: record.year, version: (before?.version ?? 0) + 1, rescored };
}

/**
 * Records (or, with `id`, corrects) a home-industry programme activity given to a cluster.
 * Activities are shown beside the policy-support index; the rubric does not score them.
 */
export async function saveProgrammeActivity({ tx, actor, audit }: ServiceContext, input: ActivityFormInput & { id?: number }): Promise<number> {
  if (!can(actor, "policy:edit")) throw new AppError("forbidden");
  const parsed = activityFormSchema.safeParse({ ...input, clusterId: String(input.clusterId), budget: String(input.budget) });
  if (!parsed.success) throw new AppError("invalid");
  const value = parsed.data;
  const cluster = await getClusterInScope(tx, actor, value.clusterId);
  if (!cluster || !can(actor, "policy:edit", cluster.villageCode)) throw new AppError("not_found");
  if (input.id === undefined) {
    const created = await insertActivity(tx, { ...value, createdBy: actor.id });
    await audit({ action: "programme_activity.create", entityType: "programme_activity", entityId: String(created.id), before: null, after: value });
    return created.id;
  }
  const existing = await getActivityInScope(tx, actor, input.id);
  if (!existing) throw new AppError("not_found");
  await updateActivity(tx, input.id, value);
  const { clusterId, kind, date, budget, provider } = existing.activity;
  await audit({
    action: "programme_activity.update",
    entityType: "programme_activity",
    entityId: String(input.id),
    before: { clusterId, kind, date, budget, provider },
    after: value,
  });
  return input.id;
}
