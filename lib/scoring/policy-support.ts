import type { Answers } from "./indicators";
import type { Rubric } from "./rubric";

export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5";
export const RULE_IDS: readonly RuleId[] = ["R1", "R2", "R3", "R4", "R5"];
export type RuleResult = "pass" | "fail" | "unknown";

/** Shares are fractions 0-1 (local_material_share, a percentage in the file, is divided by 100). */
export type PktdCheck = {
  villageCode: string;
  year: number;
  rules: Record<RuleId, RuleResult>;
  passed: number;
  wageShare: number | null;
  wageShareMin: number;
  womenWorkerShare: number | null;
  womenHokShare: number | null;
  localMaterialShare: number | null;
  hiBeneficiaries: number | null;
};

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const ratio = (a: unknown, b: unknown) => {
  const x = num(a);
  const y = num(b);
  return x === null || y === null || y <= 0 ? null : x / y;
};
/** yes/no field whose passing answer is `no`; anything else is unknown */
const mustBeNo = (v: unknown): RuleResult => (v === "no" ? "pass" : v === "yes" ? "fail" : "unknown");

/** rubric.md section 5: the five cash-for-work rules of one village-year record (also run live in the PKTD entry form). */
export function checkPktd(rubric: Pick<Rubric, "pktd">, record: Answers): PktdCheck {
  const year = num(record.year) ?? Number.NaN;
  const wageShareMin = rubric.pktd.wageShareMinByYear[String(year)] ?? rubric.pktd.wageShareMin;
  const wageShare = ratio(record.wages_paid, record.physical_work_value);
  const frequency = record.payment_frequency;
  const rules: Record<RuleId, RuleResult> = {
    R1: wageShare === null ? "unknown" : wageShare >= wageShareMin ? "pass" : "fail",
    R2: typeof frequency !== "string" || frequency === "" ? "unknown" : rubric.pktd.paymentFrequencies.includes(frequency) ? "pass" : "fail",
    R3: mustBeNo(record.contracted_out),
    R4: mustBeNo(record.heavy_equipment),
    R5: mustBeNo(record.during_harvest),
  };
  const local = num(record.local_material_share);
  return {
    villageCode: typeof record.village_code === "string" ? record.village_code : "",
    year,
    rules,
    passed: RULE_IDS.filter((r) => rules[r] === "pass").length,
    wageShare,
    wageShareMin,
    womenWorkerShare: ratio(record.workers_women, record.workers_total),
    womenHokShare: ratio(record.hok_women, record.hok_total),
    localMaterialShare: local === null ? null : local / 100,
    hiBeneficiaries: num(record.hi_beneficiaries),
  };
}

/** Why the PKTD parts count 0: the round has no fieldwork end date, or a village has no record of its year. */
export type NoPktdReason = "no_year" | "no_record";

export type PolicySupport = {
  index: number;
  /** share of respondents with any programme support, of those whose answer is known */
  programmeShare: number | null;
  programmeN: number;
  rulesPart: number;
  beneficiariesPart: number;
  noPktdRecord: boolean;
  /** null when noPktdRecord is false */
  noPktdReason: NoPktdReason | null;
  /** the year the round's fieldwork ended; null when the round has no end date */
  year: number | null;
  /** one per unit village that has a record of `year` */
  checks: PktdCheck[];
  /** unit villages without a record of `year` */
  villagesWithoutRecord: string[];
};

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Policy-support index 0-100 of a unit for the year its round's fieldwork ended. Missing
 * parts count 0: a village without a record of that year, every village when the year is
 * unknown (null), and no known programme answers.
 */
export function policySupport(
  rubric: Rubric,
  respondents: readonly Answers[],
  pktd: readonly Answers[],
  villages: readonly string[],
  year: number | null,
): PolicySupport {
  return policySupportOf(rubric, respondents.map(programmeOf), pktd, villages, year);
}

/** A respondent's programme support: true or false when known; a multi-select is an array once imported ([] = none), null or absent = not known. */
export function programmeOf(answers: Answers): boolean | null {
  const v = answers.hi_program_support;
  return Array.isArray(v) ? v.length > 0 : null;
}

/** policySupport from each respondent's programmeOf, read once per rescore. */
export function policySupportOf(
  rubric: Rubric,
  programme: readonly (boolean | null)[],
  pktd: readonly Answers[],
  villages: readonly string[],
  year: number | null,
): PolicySupport {
  const w = rubric.policySupport;
  let answered = 0;
  let supported = 0;
  for (const p of programme) {
    if (p === null) continue;
    answered++;
    if (p) supported++;
  }
  const programmeShare = answered ? supported / answered : null;

  const unitVillages = [...new Set(villages)];
  const checks: PktdCheck[] = [];
  const villagesWithoutRecord: string[] = [];
  const rules: number[] = [];
  const beneficiaries: number[] = [];
  // one lookup per village: a province or the nation has tens of thousands of both
  const ofYear = new Map(year === null ? [] : pktd.filter((r) => r.year === year).map((r) => [r.village_code, r] as const));
  for (const village of unitVillages) {
    const record = ofYear.get(village);
    if (!record) {
      villagesWithoutRecord.push(village);
      rules.push(0);
      beneficiaries.push(0);
      continue;
    }
    const check = checkPktd(rubric, record);
    checks.push(check);
    rules.push(check.passed / RULE_IDS.length);
    beneficiaries.push((check.hiBeneficiaries ?? 0) > 0 ? 1 : 0);
  }
  const rulesPart = w.rulesWeight * mean(rules);
  const beneficiariesPart = w.beneficiariesWeight * mean(beneficiaries);
  const noPktdRecord = villagesWithoutRecord.length > 0 || unitVillages.length === 0;
  return {
    index: w.programmeWeight * (programmeShare ?? 0) + rulesPart + beneficiariesPart,
    programmeShare,
    programmeN: answered,
    rulesPart,
    beneficiariesPart,
    noPktdRecord,
    noPktdReason: !noPktdRecord ? null : year === null ? "no_year" : "no_record",
    year,
    checks,
    villagesWithoutRecord,
  };
}

/** rubric.md section 5: the PKTD year of a round is the year its fieldwork ended; no end date, no year. */
export function pktdYearOf(periodEnd: string | null | undefined): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(periodEnd ?? "");
  return match ? Number(match[1]) : null;
}
