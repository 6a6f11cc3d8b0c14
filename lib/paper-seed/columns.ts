import { CLUSTER_FIELDS, PKTD_FIELDS, RESPONDENT_FIELDS } from "@/lib/instrument/fields";

/** Column names of the import files, taken from the one instrument definition. */
export const RESPONDENT_COLUMNS: readonly string[] = RESPONDENT_FIELDS.map((f) => f.name);
export const CLUSTER_COLUMNS: readonly string[] = CLUSTER_FIELDS.map((f) => f.name);
export const PKTD_COLUMNS: readonly string[] = PKTD_FIELDS.map((f) => f.name);
