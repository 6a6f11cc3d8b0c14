import { z } from "zod";
import type { PolicySupport } from "./policy-support";
import { rubricSchema } from "./rubric-schema";
import type { Rubric } from "./rubric";
import type { UnitScore } from "./score-unit";

/** What a score snapshot stores in its `result` column. */
export type StoredScore = { score: UnitScore; policySupport: PolicySupport };

const num = z.number();
const maybe = num.nullable();
const stratum = z.enum(["sentra", "rintisan", "matang"]);
const variableName = z.enum(["institution", "activity", "performance", "connectivity"]);
const variables = z.object({ institution: maybe, activity: maybe, performance: maybe, connectivity: maybe });
const element = z.object({ score: maybe, n: num });
const rule = z.enum(["pass", "fail", "unknown"]);

const unitScoreSchema = z.object({
  n: num,
  readiness: maybe,
  stratum: stratum.nullable(),
  variables,
  indicators: z.record(z.string(), maybe),
  ir: z.object({ IR1: num, IR2: num, IR3: num, unclassified: num }),
  socialCapital: z.object({
    index: maybe,
    n: num,
    elements: z.object({ trust: element, reciprocity: element, norms: element, networks: element }),
    participation: z.object({
      group_member: z.object({ yes: num, n: num }),
      savings_group: z.object({ yes: num, n: num }),
      meeting_attendance: z.record(z.string(), num),
    }),
  }),
  working: z.object({
    indicators: z.array(
      z.object({
        variable: variableName,
        indicator: z.string(),
        score: maybe,
        n: num,
        distribution: z.array(z.object({ code: z.string(), n: num, level: num })),
      }),
    ),
    variables: z.array(z.object({ name: variableName, weight: num, score: maybe, contribution: maybe })),
    cutoffs: z.object({ rintisan: num, matang: num }),
    next: z.object({ stratum, distance: num }).nullable(),
    previous: z.object({ stratum, margin: num }).nullable(),
  }),
}) satisfies z.ZodType<UnitScore>;

const policySupportSchema = z
  .object({
    index: num,
    programmeShare: maybe,
    programmeN: num,
    rulesPart: num,
    beneficiariesPart: num,
    noPktdRecord: z.boolean(),
    // snapshots written before the reason was stored, with year 0 for "no end date"
    noPktdReason: z.enum(["no_year", "no_record"]).nullable().optional(),
    year: maybe,
    checks: z.array(
      z.object({
        villageCode: z.string(),
        year: num,
        rules: z.object({ R1: rule, R2: rule, R3: rule, R4: rule, R5: rule }),
        passed: num,
        wageShare: maybe,
        wageShareMin: num,
        womenWorkerShare: maybe,
        womenHokShare: maybe,
        localMaterialShare: maybe,
        hiBeneficiaries: maybe,
      }),
    ),
    villagesWithoutRecord: z.array(z.string()),
  })
  .transform((p): PolicySupport => {
    const year = p.year === null || p.year <= 0 ? null : p.year;
    const noPktdReason = !p.noPktdRecord ? null : (p.noPktdReason ?? (year === null ? "no_year" : "no_record"));
    return { ...p, year, noPktdReason };
  });

const storedScoreSchema = z.object({ score: unitScoreSchema, policySupport: policySupportSchema });

/** Stored JSON that no longer has the shape the code expects: a bug or a hand edit, never the user's fault. */
export class StoredJsonError extends Error {
  constructor(what: string, issues: z.core.$ZodIssue[]) {
    super(`${what}: ${issues.slice(0, 3).map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
}

export function parseStoredScore(value: unknown, what = "score snapshot"): StoredScore {
  const r = storedScoreSchema.safeParse(value);
  if (!r.success) throw new StoredJsonError(what, r.error.issues);
  return r.data;
}

export function parseStoredRubric(value: unknown, what = "rubric definition"): Rubric {
  const r = rubricSchema.safeParse(value);
  if (!r.success) throw new StoredJsonError(what, r.error.issues);
  return r.data;
}
