// Every kind of change the portal makes, as the audit test performs it (issue 14 item 5). The
// keys are the server actions of the authorization matrix (e2e/matrix/authz-matrix.spec.ts,
// discovered from the code): each action either has at least one change below, or is listed in
// NOT_A_CHANGE with the reason. Each change names the audit rows it must write (exactly those,
// in order) and whether the row must carry the state before. Changes run in order on the
// matrix's database after the matrix itself; later ones use what earlier ones made. Names carry
// the run's tag, so a rerun against the same server makes new objects instead of colliding.
import type postgres from "postgres";
import type { AuditAction } from "../../lib/audit/actions";

export type Fields = Record<string, string | string[] | File>;
export type Who = "admin" | "kementerian" | "lamsel" | "peneliti" | "auditUser";
export type ChangeContext = { sql: postgres.Sql; round: string; previewToken: (pendingId: string) => Promise<string>; lastPending: () => Promise<string> };

export type Change = {
  /** the server action, as the matrix names it */
  action: string;
  who: Who;
  form: (c: ChangeContext) => Fields | Promise<Fields>;
  /** the audit rows this one request writes, in order: one per kind of change it makes */
  audit: AuditAction[];
  /** the rows must record the state before (an edit of something that existed) */
  before: boolean;
};

/** Server actions that change no recorded data, and why. */
export const NOT_A_CHANGE: Record<string, string> = {
  "app/actions/locale.ts#setLocaleAction": "sets the visitor's language cookie; no data changes",
  "app/data/actions.ts#uploadImportAction": "keeps the parsed file for its preview only (it expires after a day); the import is the commit, audited below",
};

/** Kinds recorded outside server actions, and the test that checks their audit rows. */
export const AUDIT_ELSEWHERE: Partial<Record<AuditAction, string>> = {
  "auth.sign_in_throttled": "e2e/security-auth.spec.ts (a locked name and address)",
  "auth.sign_in_delayed": "e2e/security-auth.spec.ts (failures slow one account down)",
};

export const AUDIT_PASSWORD = { created: "Audit#Baru2026xyz", reset: "Audit#Reset2026xyz", own: "Audit#Sendiri2026xyz" };

/** The first value of the first row of a fixed query of the test's own (no input in it). */
const one = async (sql: postgres.Sql, query: string) => String(Object.values((await sql.unsafe(query))[0] ?? {})[0] ?? "");

const respondentsCsv = (prefix: string) =>
  new File(
    [
      [
        "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions",
        ...Array.from({ length: 6 }, (_, i) => `${prefix}-${i + 1},18.01.16.2004,${prefix}-KERIPIK,female,self,forum,supportive,yes,gt2,continuous,own,food,2,2,2,2,2,2,direct,outside_village,cash,50to75,increased,local,supplier_core,yes,no,government`),
      ].join("\n"),
    ],
    `${prefix.toLowerCase()}.csv`,
    { type: "text/csv" },
  );

const newRound = (code: string) => ({ kind: "respondents", code, name: `Putaran audit ${code}`, source: "Uji audit", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1", file: respondentsCsv(code) });
const commit = async (c: ChangeContext) => {
  const id = await c.lastPending();
  return { id, mode: "all", token: await c.previewToken(id) };
};
const upload = (who: Who, form: () => Fields): Change => ({ action: "app/data/actions.ts#uploadImportAction", who, form, audit: [], before: false });

const pktd = (year: string, expectedVersion: string, workers: string) => ({
  village_code: "18.01.16.2009",
  year,
  dana_desa_total: "1.000.000.000",
  pktd_budget: "300.000.000",
  physical_work_value: "200.000.000",
  wages_paid: "100.000.000",
  workers_total: workers,
  workers_women: "5",
  payment_frequency: "daily",
  contracted_out: "no",
  heavy_equipment: "no",
  during_harvest: "no",
  expectedVersion,
});
const activity = { kind: "training", date: "2019-05-01", budget: "1.500.000", provider: "Dinas Koperasi (audit)" };
const lastBrief = (c: ChangeContext) => one(c.sql, "select max(id) from briefs");
const transition = (who: Who, action: string, comment?: string): Change => ({
  action: "app/briefs/actions.ts#transitionBriefAction",
  who,
  form: async (c) => ({ briefId: await lastBrief(c), action, ...(comment ? { comment } : {}) }),
  audit: [`brief.${action}` as AuditAction],
  before: true,
});
const publication = { title: "Publikasi audit", authors: "Peneliti Audit", abstract: "Ringkas.", body: "## Temuan\n\nIsi audit.", roundCode: "IR-LAMSEL-2019", "figures[]": "indicator:value_added" };

export function changeList(tag: string): Change[] {
  const user = `audit-${tag}`;
  const rubric = `audit-${tag}`;
  const slug = `audit-${tag}`;
  const [A, B, C] = ["A", "B", "C"].map((x) => `AUDIT-${tag.toUpperCase()}-${x}`) as [string, string, string];
  const pktdYear = String(2030 + (parseInt(tag, 36) % 70));
  return [
  // accounts: an administrator creates one, edits it, resets its password; its owner changes it and ends her sessions
  {
    action: "app/admin/users/actions.ts#createAccountAction",
    who: "admin",
    form: () => ({ username: user, displayName: "Pejabat Audit", role: "regency_official", password: AUDIT_PASSWORD.created, regions: "18.01" }),
    audit: ["account.create"],
    before: false,
  },
  {
    action: "app/admin/users/actions.ts#updateAccountAction",
    who: "admin",
    form: async (c) => ({ id: await one(c.sql, `select id from users where username = '${user}'`), role: "regency_official", regions: "18.01, 18.07", active: "true", displayName: "Pejabat Audit (diubah)" }),
    audit: ["account.update"],
    before: true,
  },
  {
    action: "app/admin/users/actions.ts#resetPasswordAction",
    who: "admin",
    form: async (c) => ({ id: await one(c.sql, `select id from users where username = '${user}'`), newPassword: AUDIT_PASSWORD.reset }),
    audit: ["account.reset_password"],
    before: true,
  },
  {
    action: "app/account/actions.ts#changeOwnPasswordAction",
    who: "auditUser",
    form: () => ({ currentPassword: AUDIT_PASSWORD.reset, newPassword: AUDIT_PASSWORD.own, confirmPassword: AUDIT_PASSWORD.own }),
    audit: ["account.change_own_password"],
    before: true,
  },
  { action: "app/account/actions.ts#signOutEverywhereAction", who: "auditUser", form: () => ({}), audit: ["auth.sign_out_everywhere"], before: true },
  // tokens
  { action: "app/account/tokens/actions.ts#createTokenAction", who: "lamsel", form: () => ({ name: "audit", days: "7" }), audit: ["token.create"], before: false },
  {
    action: "app/account/tokens/actions.ts#revokeTokenAction",
    who: "lamsel",
    form: async (c) => ({ id: await one(c.sql, "select max(id) from api_tokens") }),
    audit: ["token.revoke"],
    before: true,
  },
  // rubrics
  { action: "app/admin/rubrics/actions.ts#copyRubricAction", who: "admin", form: () => ({ from: "rubrik-2019-v1", version: rubric, label: "Rubrik audit" }), audit: ["rubric.copy"], before: false },
  {
    action: "app/admin/rubrics/actions.ts#updateRubricAction",
    who: "admin",
    form: () => ({ version: rubric, weight_institution: "0.3", weight_activity: "0.2", weight_performance: "0.25", weight_connectivity: "0.25", cutoff_rintisan: "1.8", cutoff_matang: "2.4" }),
    audit: ["rubric.update"],
    before: true,
  },
  { action: "app/admin/rubrics/actions.ts#rescoreRubricAction", who: "admin", form: () => ({ version: rubric }), audit: ["rubric.rescore"], before: false },
  // a brief through its whole life
  { action: "app/briefs/actions.ts#generateBriefAction", who: "lamsel", form: (c) => ({ unit: "cluster:WMT-BAKSO", round: c.round, lang: "en" }), audit: ["brief.generate"], before: false },
  {
    action: "app/briefs/actions.ts#editBriefSectionAction",
    who: "lamsel",
    form: async (c) => ({ briefId: await lastBrief(c), baseVersion: "1", section: "summary", heading: "Summary", body: "Edited for the audit test." }),
    audit: ["brief.edit"],
    before: true,
  },
  { action: "app/briefs/actions.ts#restoreBriefAction", who: "lamsel", form: async (c) => ({ briefId: await lastBrief(c), version: "1" }), audit: ["brief.restore"], before: true },
  { action: "app/briefs/actions.ts#regenerateBriefAction", who: "lamsel", form: async (c) => ({ briefId: await lastBrief(c) }), audit: ["brief.regenerate"], before: true },
  transition("lamsel", "submit"),
  transition("kementerian", "send_back", "Tambahkan rincian anggaran."),
  transition("lamsel", "submit"),
  transition("kementerian", "approve"),
  transition("kementerian", "publish"),
  transition("lamsel", "reopen"),
  // decisions and comparisons
  { action: "app/candidates/actions.ts#recordDecisionAction", who: "lamsel", form: (c) => ({ round: c.round, cluster: "WMT-BAKSO", kind: "shortlisted", reason: "Masuk daftar pendek (uji audit)" }), audit: ["decision.record"], before: false },
  { action: "app/compare/actions.ts#saveComparisonAction", who: "lamsel", form: (c) => ({ title: "Perbandingan audit", round: c.round, units: ["cluster:CANTI-KERIPIK", "cluster:WMT-BAKSO"] }), audit: ["comparison.save"], before: false },
  // policy support: a PKTD record made then edited, a programme activity made then edited
  { action: "app/data/pktd/actions.ts#savePktdAction", who: "lamsel", form: () => pktd(pktdYear, "0", "10"), audit: ["pktd.create"], before: false },
  { action: "app/data/pktd/actions.ts#savePktdAction", who: "lamsel", form: () => pktd(pktdYear, "1", "12"), audit: ["pktd.update"], before: true },
  {
    action: "app/data/pktd/actions.ts#saveActivityAction",
    who: "lamsel",
    form: async (c) => ({ clusterId: await one(c.sql, "select id from clusters where code = 'CANTI-KERIPIK'"), ...activity }),
    audit: ["programme_activity.create"],
    before: false,
  },
  {
    action: "app/data/pktd/actions.ts#saveActivityAction",
    who: "lamsel",
    form: async (c) => ({
      id: await one(c.sql, "select max(id) from programme_activities"),
      clusterId: await one(c.sql, "select id from clusters where code = 'CANTI-KERIPIK'"),
      ...activity,
      budget: "2.000.000",
    }),
    audit: ["programme_activity.update"],
    before: true,
  },
  // imports and the rounds' life cycle: A and B published, A superseded by B, B withdrawn, C deleted as a draft
  upload("peneliti", () => newRound(A)),
  { action: "app/data/actions.ts#commitImportAction", who: "peneliti", form: commit, audit: ["round.create", "import.respondents"], before: false },
  upload("peneliti", () => ({
    kind: "clusters",
    existingRound: A,
    file: new File([`cluster_code,name,village_code,product\n${A}-KERIPIK,Sentra Keripik Audit,18.01.16.2004,keripik\n`], "clusters.csv", { type: "text/csv" }),
  })),
  { action: "app/data/actions.ts#commitImportAction", who: "peneliti", form: commit, audit: ["import.clusters"], before: false },
  { action: "app/data/rounds/[code]/actions.ts#changeRoundAction", who: "peneliti", form: () => ({ code: A, verb: "publish" }), audit: ["round.publish"], before: true },
  upload("peneliti", () => newRound(B)),
  { action: "app/data/actions.ts#commitImportAction", who: "peneliti", form: commit, audit: ["round.create", "import.respondents"], before: false },
  { action: "app/data/rounds/[code]/actions.ts#changeRoundAction", who: "peneliti", form: () => ({ code: B, verb: "publish" }), audit: ["round.publish"], before: true },
  {
    action: "app/data/rounds/[code]/actions.ts#changeRoundAction",
    who: "peneliti",
    form: () => ({ code: A, verb: "supersede", reason: "Diganti putaran B (uji audit)", supersededBy: B }),
    audit: ["round.supersede"],
    before: true,
  },
  { action: "app/data/rounds/[code]/actions.ts#changeRoundAction", who: "peneliti", form: () => ({ code: B, verb: "withdraw", reason: "Ditarik untuk uji audit" }), audit: ["round.withdraw"], before: true },
  upload("peneliti", () => newRound(C)),
  { action: "app/data/actions.ts#commitImportAction", who: "peneliti", form: commit, audit: ["round.create", "import.respondents"], before: false },
  { action: "app/data/rounds/[code]/actions.ts#changeRoundAction", who: "peneliti", form: () => ({ code: C, verb: "delete", confirm: C }), audit: ["round.delete"], before: true },
  upload("lamsel", () => ({
    kind: "pktd",
    file: new File(
      [
        "village_code,year,dana_desa_total,pktd_budget,physical_work_value,wages_paid,workers_total,workers_women,payment_frequency,contracted_out,heavy_equipment,during_harvest\n18.01.16.2004,2025,900000000,200000000,150000000,50000000,8,4,weekly,no,no,no\n",
      ],
      "pktd.csv",
      { type: "text/csv" },
    ),
  })),
  { action: "app/data/actions.ts#commitImportAction", who: "lamsel", form: commit, audit: ["import.pktd"], before: false },
  // a publication through its life
  { action: "app/publications/actions.ts#createPublicationAction", who: "peneliti", form: () => ({ slug, ...publication }), audit: ["publication.create"], before: false },
  { action: "app/publications/actions.ts#saveDraftAction", who: "peneliti", form: () => ({ slug, ...publication, title: "Publikasi audit (disunting)" }), audit: ["publication.save"], before: true },
  { action: "app/publications/actions.ts#publishAction", who: "peneliti", form: () => ({ slug }), audit: ["publication.publish"], before: true },
  { action: "app/publications/actions.ts#newVersionAction", who: "peneliti", form: () => ({ slug }), audit: ["publication.new_version"], before: false },
  { action: "app/publications/actions.ts#withdrawAction", who: "peneliti", form: () => ({ slug, reason: "Ditarik untuk uji audit" }), audit: ["publication.withdraw"], before: true },
  ];
}
