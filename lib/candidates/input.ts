import type { CandidateRules, Stratum, VariableName } from "@/lib/scoring/rubric";
import type { IndicatorWorking, IrDistribution } from "@/lib/scoring/score-unit";

/** What the candidate rules read of one cluster's stored score (rubric.md section 6). */
export type CandidateInput = {
  code: string;
  name: string;
  /** the cluster's home village */
  regionCode: string;
  n: number;
  readiness: number | null;
  stratum: Stratum | null;
  variables: Record<VariableName, number | null>;
  /** members by IR class */
  ir: IrDistribution;
  /** members who answered supporting_institutions, and those naming at least C4's minimum */
  institutions: { answered: number; enough: number };
  socialCapital: number | null;
  policySupport: number | null;
};

/** The stored snapshot row of a cluster, as db/queries returns it. */
export type StoredClusterScore = {
  unitCode: string;
  unitName: string;
  regionCode: string;
  n: number;
  readiness: number | null;
  stratum: Stratum | null;
  socialCapital: number | null;
  policySupport: number | null;
  /** the stored `{ score: UnitScore }` */
  result: unknown;
};

type StoredResult = {
  score?: {
    variables?: Partial<Record<VariableName, number | null>>;
    ir?: Partial<IrDistribution>;
    working?: { indicators?: IndicatorWorking[] };
  };
};

/** Reads a stored score; nothing is recomputed from answers. */
export function candidateInputOf(rules: CandidateRules, row: StoredClusterScore): CandidateInput {
  const score = (row.result as StoredResult | null)?.score ?? {};
  const v = score.variables ?? {};
  const ir = score.ir ?? {};
  const inst = score.working?.indicators?.find((w) => w.indicator === "supporting_institutions");
  // a count indicator's distribution is keyed by the number of distinct institutions
  const enough = (inst?.distribution ?? []).filter((d) => Number(d.code) >= rules.C4.institutionsMin).reduce((s, d) => s + d.n, 0);
  return {
    code: row.unitCode,
    name: row.unitName,
    regionCode: row.regionCode,
    n: row.n,
    readiness: row.readiness,
    stratum: row.stratum,
    variables: {
      institution: v.institution ?? null,
      activity: v.activity ?? null,
      performance: v.performance ?? null,
      connectivity: v.connectivity ?? null,
    },
    ir: { IR1: ir.IR1 ?? 0, IR2: ir.IR2 ?? 0, IR3: ir.IR3 ?? 0, unclassified: ir.unclassified ?? 0 },
    institutions: { answered: inst?.n ?? 0, enough },
    socialCapital: row.socialCapital,
    policySupport: row.policySupport,
  };
}
