import type { Locale } from "@/lib/i18n/config";
import type { RoundProvenance } from "@/lib/surveys/provenance";
import type { PolicySupport } from "@/lib/scoring/policy-support";
import type { Rubric, Stratum } from "@/lib/scoring/rubric";
import type { UnitScore } from "@/lib/scoring/score-unit";

export type BriefUnitType = "cluster" | "village" | "district" | "regency";

/** Pilot-cluster status of the unit (rubric.md section 6), when the candidates layer has one. */
export type CandidateStatus = {
  candidate: boolean;
  rank: number | null;
  priority: number | null;
  fragile: boolean;
  criteria: Record<"C1" | "C2" | "C3" | "C4" | "C5" | "C6", "pass" | "fail" | "unknown">;
};

/** The latest recorded decision on the unit, when there is one. */
export type LatestDecision = {
  decision: "shortlisted" | "selected" | "rejected" | "deferred";
  /** ISO timestamp */
  at: string;
  by: string;
  note: string | null;
};

/** Everything a brief is generated from: plain data, read from stored snapshots by the caller. */
export type BriefInput = {
  lang: Locale;
  unit: { type: BriefUnitType; code: string; name: string; place: string };
  round: {
    code: string;
    name: string;
    periodStart: string | null;
    periodEnd: string | null;
    origin: "survey" | "reconstruction" | "illustration" | "synthetic";
    provenance: RoundProvenance | null;
  };
  rubric: Rubric;
  score: UnitScore;
  policySupport: PolicySupport | null;
  /** respondents whose gender is recorded, and the women among them */
  gender: { women: number; known: number };
  villageNames: Record<string, string>;
  author: string;
  /** ISO timestamp of the generation */
  generatedAt: string;
  /** the strata of the units around the place, for the map */
  map: { level: string; unitLevel: "village" | "district"; highlight: string; places: { code: string; stratum: Stratum | null }[] } | null;
  candidate?: CandidateStatus;
  decision?: LatestDecision;
  /** a village, district or regency: its scored clusters and how many are pilot-cluster candidates */
  areaCandidates?: { clusters: number; candidates: number };
};
