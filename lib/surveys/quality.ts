import { RESPONDENT_FIELDS, type FieldDef } from "@/lib/instrument/fields";

type Answers = Record<string, unknown>;

export type QualityReport = {
  n: number;
  /** per column: blank answers (unknown / not asked) */
  missing: { field: string; required: boolean; missing: number }[];
  /** values that break the instrument's codes or ranges, or contradict another answer */
  outOfPattern: { respondentId: string; field: string; value: string; rule: "code" | "range" | "permit_type" }[];
  /** groups of respondents whose answers are identical apart from their id */
  duplicates: string[][];
  perVillage: { code: string; n: number }[];
  perCluster: { code: string | null; n: number }[];
};

function isBlank(v: unknown) {
  return v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
}

function breaks(field: FieldDef, v: unknown): "code" | "range" | null {
  if (isBlank(v)) return null;
  if (field.type === "code") return field.codes?.some((c) => c.code === v) ? null : "code";
  if (field.type === "multi") return (v as unknown[]).every((x) => field.codes?.some((c) => c.code === x)) ? null : "code";
  if ((field.type === "integer" || field.type === "likert") && typeof v === "number") {
    return (field.min !== undefined && v < field.min) || (field.max !== undefined && v > field.max) ? "range" : null;
  }
  return null;
}

function countBy<K>(items: K[]): { code: K; n: number }[] {
  const m = new Map<K, number>();
  for (const k of items) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([code, n]) => ({ code, n })).sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

/** Pure data-quality checks over a round's respondents (or a region of it). */
export function assessQuality(rows: Answers[]): QualityReport {
  // multi-select answers may legitimately be empty; "missing" there means the key is absent
  const missing = RESPONDENT_FIELDS.map((f) => ({
    field: f.name,
    required: f.required,
    missing: rows.filter((r) => (f.type === "multi" ? r[f.name] === undefined || r[f.name] === null : isBlank(r[f.name]))).length,
  }));

  const outOfPattern: QualityReport["outOfPattern"] = [];
  for (const r of rows) {
    const id = String(r.respondent_id);
    for (const f of RESPONDENT_FIELDS) {
      const rule = breaks(f, r[f.name]);
      if (rule) outOfPattern.push({ respondentId: id, field: f.name, value: String(r[f.name]), rule });
    }
    const permit = r.permit_type;
    if ((r.business_permit === "no" && !isBlank(permit) && permit !== "none") || (r.business_permit === "yes" && permit === "none")) {
      outOfPattern.push({ respondentId: id, field: "permit_type", value: String(permit), rule: "permit_type" });
    }
  }

  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const { respondent_id, ...rest } = r;
    const key = JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
    groups.set(key, [...(groups.get(key) ?? []), String(respondent_id)]);
  }
  const duplicates = [...groups.values()].filter((ids) => ids.length > 1);

  return {
    n: rows.length,
    missing,
    outOfPattern,
    duplicates,
    perVillage: countBy(rows.map((r) => String(r.village_code))),
    perCluster: countBy(rows.map((r) => (isBlank(r.cluster_code) ? null : String(r.cluster_code)))),
  };
}

/** Bump when the checks above change, so every stored regency is recomputed at the next rescore. */
export const QUALITY_CHECKS_VERSION = 1;

export type QualityRow = { answers: Answers; villageCode: string; clusterCode: string | null };

/**
 * What the quality page keeps of one regency of a round (services/quality.ts): the blank answers
 * per column, respondents per village and cluster, and each finding with its village, so that
 * sums over the stored regencies, villages and findings equal `assessQuality` of all their rows.
 */
export function regencyQuality(rows: readonly QualityRow[]) {
  const report = assessQuality(rows.map((r) => r.answers));
  const villageOf = new Map(rows.map((r) => [String(r.answers.respondent_id), r.villageCode]));
  const counts = new Map<string, { villageCode: string; clusterCode: string | null; n: number }>();
  for (const r of rows) {
    const key = `${r.villageCode}|${r.clusterCode ?? ""}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { villageCode: r.villageCode, clusterCode: r.clusterCode || null, n: 1 });
  }
  return {
    n: report.n,
    missing: Object.fromEntries(report.missing.map((m) => [m.field, m.missing])) as Record<string, number>,
    counts: [...counts.values()],
    // the position keeps a respondent's findings in the instrument's order
    outOfPattern: report.outOfPattern.map((o, ordinal) => ({ ...o, villageCode: villageOf.get(o.respondentId) ?? "", ordinal })),
    duplicates: report.duplicates.map((ids) => ({ respondentIds: ids, villageCode: villageOf.get(ids[0]!) ?? "" })),
  };
}

export type RegencyQuality = ReturnType<typeof regencyQuality>;
