import { CLUSTER } from "./cluster-fields";
import type { FieldDef, RecordOf } from "./field-types";
import { PKTD } from "./pktd-fields";
import { RESPONDENT } from "./respondent-fields";

export type { Bilingual, CodeDef, FieldDef, FieldType, RecordOf } from "./field-types";

// The instrument is defined once; validation, XLSForm, export header, labels and the record
// types below are all derived from these lists.
export const RESPONDENT_FIELDS: readonly FieldDef[] = RESPONDENT;
export const CLUSTER_FIELDS: readonly FieldDef[] = CLUSTER;
export const PKTD_FIELDS: readonly FieldDef[] = PKTD;

export type RespondentRecord = RecordOf<typeof RESPONDENT>;
export type ClusterRecord = RecordOf<typeof CLUSTER>;
export type PktdRecord = RecordOf<typeof PKTD>;

export function fieldByName(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  return fields.find((f) => f.name === name);
}
