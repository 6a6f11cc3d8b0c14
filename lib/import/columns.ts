import type { FieldDef } from "@/lib/instrument/fields";

// KoboToolbox and ODK add these to every export; they are expected, not "unknown columns".
const METADATA = new Set([
  "start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "audit",
  "formhub/uuid", "__version__",
  // ODK Central
  "submissiondate", "key", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
  "status", "reviewstate", "edits", "formversion", "instanceid",
]);

/** Kobo reserves names that start with "_" (`_id`, `_uuid`, `_submission_time`, …); `meta/…` is ODK's block. */
export function isMetadataColumn(name: string): boolean {
  return METADATA.has(name) || name.startsWith("_") || /^meta[/-]/.test(name);
}

export type ColumnKind =
  | { kind: "field"; field: FieldDef }
  | { kind: "ignored" } // metadata or a one-hot column of a multi-select
  | { kind: "unknown" };

/**
 * What a header cell names. Group paths are stripped whatever the groups are called
 * (`profil/respondent_id`, ODK Central's `profil-respondent_id`); `<multi>/<code>` is Kobo's
 * one-column-per-option copy of a multi-select answer.
 */
export function classifyColumn(header: string, fields: readonly FieldDef[]): ColumnKind {
  const name = header.trim().toLowerCase();
  if (isMetadataColumn(name)) return { kind: "ignored" };
  const byName = (n: string | undefined) => fields.find((f) => f.name === n);
  const path = name.split(/[/-]/);
  const field = byName(name) ?? byName(path[path.length - 1]);
  if (field) return { kind: "field", field };
  const parent = byName(path[path.length - 2]);
  const option = path[path.length - 1];
  if (parent?.type === "multi" && parent.codes?.some((c) => c.code === option)) return { kind: "ignored" };
  return { kind: "unknown" };
}

/** Levenshtein distance, for "did you mean value_added?" on a misspelt column. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export function closestField(header: string, fields: readonly FieldDef[]): string | null {
  const name = header.trim().toLowerCase().split("/").pop() ?? "";
  let best: { name: string; d: number } | null = null;
  for (const f of fields) {
    const d = distance(name, f.name);
    if (d <= 2 && (!best || d < best.d)) best = { name: f.name, d };
  }
  return best?.name ?? null;
}
