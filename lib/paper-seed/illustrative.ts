import type { Profile } from "./profile";

/**
 * ILLUSTRATIVE fields (not in the paper's tables): social-capital Likert items,
 * participation, PKTD work and home-industry programme support. They follow the paper's
 * section 3.3 (mutual help and trust, meeting forums, joint-liability savings, a
 * programme of training and mentoring) and the reconstructed answers, deterministically.
 */

/** 0 = no cooperation, 1 = natural sentra/group, 2 = paguyuban, 3 = the HI forum. */
function engagementOf(p: Profile): 0 | 1 | 2 | 3 {
  if (p.cooperation === "no") return 0;
  if (p.institutionForm === "forum") return 3;
  return p.institutionForm === "association" ? 2 : 1;
}

// A fixed, zero-mean variation so that answers differ between similar respondents.
const JITTER = [0, 1, 0, -1, 0] as const;
const jitter = (rank: number, item: number) => JITTER[(rank * 7 + item * 3) % 5] ?? 0;
const likert = (base: number, rank: number, item: number) =>
  String(Math.min(5, Math.max(1, base + jitter(rank, item))));

// Missing answers, by maturity rank (ids are permuted, so they look scattered):
/** Interview cut short before the norms and networks items: index missing (2 of 4). */
const STOPPED_EARLY = new Set([41, 88]);
/** No answer to the two network items (3 of 4 elements: index still computed). */
const noNetworks = (rank: number) => rank % 23 === 7;
/** Not in a savings group and left "trust the officers with our money" blank. */
const noTrust2 = (rank: number) => rank % 19 === 4;
/** Could not say whether she worked in the 2019 PKTD. */
const pktdUnknown = (rank: number) => rank % 31 === 0;

export function savingsGroupOf(p: Profile): "yes" | "no" {
  const e = engagementOf(p);
  // Paguyuban run arisan / tanggung renteng; in natural groups about one in three joins one.
  return e >= 2 || (e === 1 && p.rank % 3 === 0) ? "yes" : "no";
}

function socialCapital(p: Profile): Record<string, string> {
  const e = engagementOf(p);
  const saver = savingsGroupOf(p) === "yes";
  const r = p.rank;
  const stopped = STOPPED_EARLY.has(r);
  const skipNetworks = stopped || noNetworks(r);
  const institutions = p.supportingInstitutions.length;
  return {
    sc_trust_1: likert(e === 0 ? 3 : 4, r, 1),
    sc_trust_2: noTrust2(r) && !saver ? "" : likert(e === 3 ? 5 : saver ? 4 : 3, r, 2),
    sc_reciprocity_1: likert(saver ? 4 : 3, r, 3),
    sc_reciprocity_2: likert(e === 0 ? 3 : 4, r, 4),
    sc_norms_1: stopped ? "" : likert(e >= 2 ? 4 : 3, r, 5),
    sc_norms_2: stopped ? "" : likert(e >= 2 ? 4 : e === 1 ? 3 : 2, r, 6),
    sc_networks_1: skipNetworks ? "" : likert(e === 0 ? 2 : e === 1 ? 3 : 4, r, 7),
    sc_networks_2: skipNetworks ? "" : likert(e === 0 ? 2 : institutions + 2, r, 8),
  };
}

function participation(p: Profile): Record<string, string> {
  const e = engagementOf(p);
  const member = e >= 2 || (e === 1 && p.businessAge !== "lt1");
  let meeting: string;
  if (e === 3 || (e === 2 && p.clusterInitiator === "community")) meeting = "weekly";
  else if (e === 2 || (member && p.rank % 2 === 0)) meeting = "monthly";
  else if (e === 1 || p.rank % 2 === 0) meeting = "sometimes";
  else meeting = "never";
  // New producers with irregular income took PKTD wage work between batches.
  const pktd = pktdUnknown(p.rank) ? "" : p.businessAge === "lt1" && p.rank % 2 === 0 ? "yes" : "no";
  return {
    group_member: member ? "yes" : "no",
    savings_group: savingsGroupOf(p),
    meeting_attendance: STOPPED_EARLY.has(p.rank) ? "" : meeting,
    pktd_worker: pktd,
  };
}

/** Programme support received; empty for the 11 who find the institution of little help. */
function programSupport(p: Profile): string {
  if (p.institutionSupport === "little") return "";
  const codes = ["training"];
  if (p.institutionForm !== "natural" || (p.businessAge === "gt2" && p.rank % 4 === 0)) {
    codes.push("equipment");
  }
  if (p.supportingInstitutions.includes("college")) codes.push("mentoring");
  if (p.clusterInitiator === "community") codes.push("capital");
  if (p.marketingZone !== "village") codes.push("marketing");
  if (p.businessPermit === "yes") codes.push("permit_facilitation");
  return codes.join(" ");
}

export function illustrativeFieldsOf(p: Profile): Record<string, string> {
  return {
    ...socialCapital(p),
    ...participation(p),
    hi_program_support: programSupport(p),
  };
}
