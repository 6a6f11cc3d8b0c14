import { z } from "zod";
import type { Rubric } from "./rubric";

// The shape of a rubric; sums, score ranges and orders are checked in validateRubric so that
// each problem gets its own key.
const num = z.number().refine(Number.isFinite);
const share = num.refine((x) => x >= 0 && x <= 1);
const text = z.object({ id: z.string().min(1), en: z.string().min(1) });
const stratum = z.enum(["sentra", "rintisan", "matang"]);

const indicator = z.discriminatedUnion("kind", [
  z.object({ name: z.string().min(1), kind: z.literal("levels"), levels: z.record(z.string(), num).refine((l) => Object.keys(l).length > 0) }),
  z.object({
    name: z.literal("unit_size"),
    kind: z.literal("unit_size"),
    bands: z.array(z.object({ min: num.refine((x) => x >= 0), score: num })).min(1),
  }),
  z.object({ name: z.string().min(1), kind: z.literal("count"), scores: z.array(num).min(1) }),
]);

const variable = z.object({
  name: z.enum(["institution", "activity", "performance", "connectivity"]),
  weight: share,
  indicators: z.array(indicator).min(1),
});

const candidates = z.object({
  C1: z.object({ strata: z.array(stratum) }),
  C2: z.object({ readinessMin: num }),
  C3: z.object({ irClasses: z.array(z.enum(["IR1", "IR2", "IR3"])), shareMin: share }),
  C4: z.object({ institutionsMin: z.number().int().min(0), shareMin: share }),
  C5: z.object({ socialCapitalMin: num }),
  C6: z.object({ unitSizeMin: z.number().int().min(0) }),
  priorityWeights: z.object({ readiness: share, socialCapital: share, policySupport: share }),
  robustness: z.object({
    spread: share,
    draws: z.number().int().min(1),
    seed: z.number().int(),
    minShare: share,
    maxInterval: num,
    percentiles: z.object({ low: num, high: num }),
  }),
});

const action = text.extend({ lead: z.string(), leadEn: z.string(), service: z.string() });

export const rubricSchema: z.ZodType<Rubric> = z.object({
  version: z.string().min(1).max(64),
  label: text,
  variables: z.array(variable),
  cutoffs: z.object({ rintisan: num, matang: num }),
  irClasses: z.object({ ir2From: z.number().int(), ir3From: z.number().int() }),
  socialCapital: z.object({ minElements: z.number().int().min(1).max(4) }),
  pktd: z.object({
    wageShareMin: share,
    wageShareMinByYear: z.record(z.string().regex(/^\d{4}$/), share),
    paymentFrequencies: z.array(z.string()),
  }),
  policySupport: z.object({ programmeWeight: num, rulesWeight: num, beneficiariesWeight: num }),
  candidates,
  recommendations: z.object({
    weakBelow: num,
    socialCapitalWeakBelow: num,
    policySupportWeakBelow: num,
    extraWeight: share,
    shown: z.number().int().min(0),
    actions: z.record(z.string(), action),
    strategies: z.object({ sentra: text, rintisan: text, matang: text }),
  }),
});
