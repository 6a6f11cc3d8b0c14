import { RULE_IDS, type RuleId } from "@/lib/scoring/policy-support";
import { SC_ELEMENTS } from "@/lib/scoring/social-capital";
import type { Section } from "./document";
import { SectionDraft, type Ctx } from "./section-draft";
import { fill, joinList } from "./texts";

// The social-capital and policy-support sections of a brief (rubric.md sections 4 and 5).

export function ruleLabel(c: Ctx, rule: RuleId, min: number): string {
  return fill(c.t.policy.rules[rule], { min: c.f.pct(100 * min) });
}

function share(c: Ctx, yes: number, total: number): string {
  return total === 0 ? c.t.social.noData : fill(c.t.social.share, { pct: c.f.pct((100 * yes) / total), n: c.f.count(yes), total: c.f.count(total) });
}

export function socialCapital(c: Ctx, illustrative: boolean): Section {
  const { input, t, f, notes } = c;
  const s = new SectionDraft("social_capital");
  const sc = input.score.socialCapital;
  const threshold = input.rubric.recommendations.socialCapitalWeakBelow;
  if (sc.index === null) {
    s.num("index", null, t.social.noData);
    s.para(t.social.missing);
  } else {
    const fn = notes.ref(fill(t.fn.social, { n: f.count(sc.n) }));
    const index = s.num("index", sc.index, f.index(sc.index));
    s.para(
      fill(sc.n === 1 ? t.social.indexOne : t.social.index, { index, n: f.count(sc.n), fn }) +
        " " +
        fill(sc.index < threshold ? t.social.weak : t.social.ok, { threshold: f.index(threshold) }),
    );
    const el = Object.fromEntries(SC_ELEMENTS.map((e) => [e, sc.elements[e].score === null ? t.social.noData : s.num(e, sc.elements[e].score, f.index(sc.elements[e].score!))]));
    s.para(fill(t.social.elements, { ...el, fn }));
    s.figures.push({
      kind: "bars",
      title: t.social.chartTitle,
      max: 100,
      threshold,
      rows: SC_ELEMENTS.map((e) => ({ label: t.social.elementNames[e], value: sc.elements[e].score, shown: sc.elements[e].score === null ? t.none : f.index(sc.elements[e].score!), weak: (sc.elements[e].score ?? 100) < threshold })),
      footnote: notes.id(fill(t.fn.social, { n: f.count(sc.n) })),
    });
  }
  const p = sc.participation;
  s.num("groupMember", p.group_member.n ? p.group_member.yes / p.group_member.n : null, share(c, p.group_member.yes, p.group_member.n));
  s.num("savingsGroup", p.savings_group.n ? p.savings_group.yes / p.savings_group.n : null, share(c, p.savings_group.yes, p.savings_group.n));
  s.para(fill(t.social.participation, { group: share(c, p.group_member.yes, p.group_member.n), savings: share(c, p.savings_group.yes, p.savings_group.n), fn: notes.ref(t.fn.respondents) }));
  if (illustrative) s.para(t.social.illustrative);
  return s.done(t);
}

export function policySupport(c: Ctx, illustrative: boolean): Section {
  const { input, t, f, notes } = c;
  const s = new SectionDraft("policy_support");
  const ps = input.policySupport;
  if (!ps) {
    s.para(t.policy.noYear);
    return s.done(t);
  }
  const year = ps.year !== null && ps.year > 0 ? String(ps.year) : t.none;
  const threshold = input.rubric.recommendations.policySupportWeakBelow;
  s.para(
    fill(t.policy.index, { index: s.num("index", ps.index, f.index(ps.index)), year, fn: notes.ref(fill(t.fn.policy, { year })) }) +
      " " +
      fill(ps.index < threshold ? t.policy.weak : t.policy.ok, { threshold: f.index(threshold) }),
  );
  if (ps.programmeShare === null) s.para(t.policy.programmeNone);
  else {
    const yes = Math.round(ps.programmeShare * ps.programmeN);
    s.para(fill(t.policy.programme, { pct: s.num("programmeShare", ps.programmeShare, f.pct(100 * ps.programmeShare)), n: f.count(yes), total: f.count(ps.programmeN), fn: notes.ref(t.fn.respondents) }));
  }
  if (ps.year === null || ps.year <= 0) s.para(t.policy.noYear);
  const village = (code: string) => input.villageNames[code] ?? code;
  for (const check of ps.checks) {
    const failed = RULE_IDS.filter((r) => check.rules[r] === "fail").map((r) => ruleLabel(c, r, check.wageShareMin));
    const fn = notes.ref(fill(t.fn.pktd, { village: village(check.villageCode), year: String(check.year) }));
    s.num(`pktd:${check.villageCode}:${check.year}`, check.passed, f.count(check.passed));
    s.para(fill(failed.length ? t.policy.villageFailed : t.policy.village, { village: village(check.villageCode), year: String(check.year), passed: f.count(check.passed), rules: joinList(failed, input.lang), fn }));
  }
  if (ps.year !== null && ps.year > 0 && ps.villagesWithoutRecord.length > 0) s.para(fill(t.policy.missing, { year, villages: joinList(ps.villagesWithoutRecord.map(village), input.lang) }));
  if (ps.checks.length > 0) {
    const pct = (v: number | null) => (v === null ? t.none : f.pct(100 * v));
    s.figures.push({
      kind: "table",
      title: t.policy.tableTitle,
      columns: [t.policy.columns.village, t.policy.columns.year, ...RULE_IDS.map((r) => ruleLabel(c, r, ps.checks[0]!.wageShareMin)), t.policy.columns.wage, t.policy.columns.women],
      rows: ps.checks.map((ch) => [village(ch.villageCode), String(ch.year), ...RULE_IDS.map((r) => t.policy.results[ch.rules[r]]), pct(ch.wageShare), pct(ch.womenWorkerShare)]),
      footnote: notes.id(fill(t.fn.policy, { year })),
    });
  }
  if (illustrative) s.para(t.policy.illustrative);
  return s.done(t);
}

