import { IR_CLASSES_V1 } from "./ir-class";
import type { IndicatorDef, Rubric } from "./rubric";
import { V1_ACTIONS, V1_STRATEGIES } from "./rubric-v1-texts";

/** Ordered levels spread evenly: of k levels the i-th (from 0) scores 1 + 2i/(k-1). */
function spread(codes: readonly string[]): Record<string, number> {
  const k = codes.length;
  // one division, so 5/3 and 7/3 are the same doubles as written in rubric.md
  return Object.fromEntries(codes.map((c, i) => [c, (k - 1 + 2 * i) / (k - 1)]));
}
// v1 is locked: an accidental edit of the shared object would silently change every score
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
const levels = (name: string, l: Record<string, number>): IndicatorDef => ({ name, kind: "levels", levels: l });
// a fresh object per indicator: a shared one would let an edit of one change all three
const yesNo = () => ({ no: 1, yes: 3 });

/** rubric.md v1, exactly: every number is a parameter an administrator may revise in a copy. */
export const RUBRIC_V1: Rubric = deepFreeze({
  version: "rubrik-2019-v1",
  label: { id: "Rubrik 2019 versi 1", en: "Rubric 2019 version 1" },
  variables: [
    {
      name: "institution",
      weight: 0.12,
      indicators: [
        // private and community share the middle level: neither programme- nor member-led
        levels("cluster_initiator", { government: 1, private: 2, community: 2, self: 3 }),
        levels("institution_form", spread(["natural", "association", "forum", "cooperative"])),
        levels("institution_support", spread(["none", "little", "supportive"])),
      ],
    },
    {
      name: "activity",
      weight: 0.25,
      indicators: [
        levels("business_permit", yesNo()),
        levels("business_age", spread(["lt1", "1to2", "gt2"])),
        levels("production_pattern", spread(["discontinuous", "semi_continuous", "continuous"])),
        { name: "unit_size", kind: "unit_size", bands: [{ min: 0, score: 1 }, { min: 10, score: 2 }, { min: 30, score: 3 }] },
        levels("sales_channel", { direct: 1, traveling_trader: 2, consignment: 2, regular_customer: 3 }),
        levels("marketing_zone", spread(["village", "outside_village", "outside_district", "outside_regency", "outside_province"])),
        levels("payment_method", { cash: 1, non_cash: 3 }),
      ],
    },
    {
      name: "performance",
      weight: 0.3,
      indicators: [
        levels("value_added", spread(["lt25", "25to50", "50to75", "gt75"])),
        levels("profit_trend", spread(["decreased", "stable", "increased"])),
        levels("market_orientation", spread(["local", "out_of_town", "national", "export"])),
      ],
    },
    {
      name: "connectivity",
      weight: 0.33,
      indicators: [
        levels("business_connection", spread(["producer_only", "supplier_core", "full_chain"])),
        levels("cooperation", yesNo()),
        levels("specialization", yesNo()),
        { name: "supporting_institutions", kind: "count", scores: [1, 1.5, 2, 2.5, 3] },
      ],
    },
  ],
  cutoffs: { rintisan: 5 / 3, matang: 7 / 3 },
  irClasses: { ...IR_CLASSES_V1 },
  socialCapital: { minElements: 3 },
  pktd: { wageShareMin: 0.3, wageShareMinByYear: { "2020": 0.5, "2021": 0.5 }, paymentFrequencies: ["daily", "weekly"] },
  policySupport: { programmeWeight: 50, rulesWeight: 25, beneficiariesWeight: 25 },
  candidates: {
    C1: { strata: ["sentra", "rintisan"] },
    C2: { readinessMin: 1.6 },
    C3: { irClasses: ["IR2", "IR3"], shareMin: 0.3 },
    C4: { institutionsMin: 1, shareMin: 0.5 },
    C5: { socialCapitalMin: 60 },
    C6: { unitSizeMin: 10 },
    priorityWeights: { readiness: 0.5, socialCapital: 0.25, policySupport: 0.25 },
    // the seed is arbitrary but fixed, so every run draws the same 1,000 weight sets
    robustness: { spread: 0.2, draws: 1000, seed: 20190601, minShare: 0.8, maxInterval: 2, percentiles: { low: 5, high: 95 } },
  },
  recommendations: {
    weakBelow: 2,
    socialCapitalWeakBelow: 60,
    policySupportWeakBelow: 50,
    extraWeight: 0.25,
    shown: 5,
    actions: V1_ACTIONS,
    strategies: V1_STRATEGIES,
  },
});
