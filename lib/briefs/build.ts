import { formatNumber } from "@/lib/format";
import { codeLabel } from "@/lib/instrument/labels";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { capitalize, indicatorLabel } from "@/lib/scoring/labels";
import { RULE_IDS, type RuleId } from "@/lib/scoring/policy-support";
import { SC_ELEMENTS } from "@/lib/scoring/social-capital";
import type { BriefDocument, Figure, Section, SectionKey, ShownNumber } from "./document";
import { factSentence } from "./facts";
import { Footnotes } from "./footnotes";
import type { BriefInput } from "./input";
import { BRIEF_TEXTS, fill, formatsFor, joinList, type BriefTexts, type Formats } from "./texts";
import { selectRecommendations, type WeakIndicator } from "./weak";

type Ctx = { input: BriefInput; t: BriefTexts; f: Formats; notes: Footnotes };

/** Collects a section's paragraphs and the numbers they rest on. */
class SectionDraft {
  readonly lines: string[] = [];
  readonly numbers: Record<string, ShownNumber> = {};
  readonly figures: Figure[] = [];
  constructor(readonly key: SectionKey) {}
  num(key: string, value: number | null, shown: string): string {
    this.numbers[key] = { value, shown };
    return shown;
  }
  para(text: string) {
    this.lines.push(text, "");
  }
  done(t: BriefTexts): Section {
    const body = this.lines.join("\n").trim();
    return { key: this.key, heading: t.headings[this.key], body, generated: body, edited: false, numbers: this.numbers, figures: this.figures };
  }
}


function summary(c: Ctx, selection: WeakIndicator[]): Section {
  const { input, t, f, notes } = c;
  const s = new SectionDraft("summary");
  const score = input.score;
  const readinessFn = notes.ref(fill(t.fn.readiness, { n: f.count(score.n) }));
  if (score.readiness === null || score.stratum === null) {
    s.para(fill(t.summary.noReadiness, { fn: readinessFn }));
  } else {
    const st = t.strata[score.stratum];
    s.num("stratum", null, st);
    s.para(
      fill(t.summary.stratum, { name: input.unit.name, stratum: st, readiness: s.num("readiness", score.readiness, f.score(score.readiness)), fn: readinessFn }) +
        " " +
        fill(t.summary.strategy, { strategy: input.rubric.recommendations.strategies[score.stratum][input.lang] }),
    );
    const next = score.working.next;
    const previous = score.working.previous;
    if (next) {
      const cutoff = next.stratum === "rintisan" ? input.rubric.cutoffs.rintisan : input.rubric.cutoffs.matang;
      s.para(fill(t.summary.next, { next: t.strata[next.stratum], distance: s.num("distance", next.distance, f.score(next.distance)), cutoff: f.score(cutoff), fn: readinessFn }));
    } else if (previous) {
      s.para(fill(t.summary.top, { margin: s.num("margin", previous.margin, f.score(previous.margin)), cutoff: f.score(input.rubric.cutoffs.matang), fn: readinessFn }));
    }
  }
  const respondentsFn = notes.ref(t.fn.respondents);
  const { women, known } = input.gender;
  s.num("n", score.n, f.count(score.n));
  if (score.n === 1) s.para(fill(t.summary.respondentsOne, { fn: respondentsFn }));
  else if (known === 0) s.para(fill(t.summary.respondentsNoGender, { n: f.count(score.n), fn: respondentsFn }));
  else
    s.para(fill(t.summary.respondents, { n: f.count(score.n), women: s.num("women", women, f.count(women)), pct: s.num("womenShare", (100 * women) / known, f.pct((100 * women) / known)), fn: respondentsFn }));
  if (score.n > 1 && score.n < 10) s.para(fill(t.summary.smallSample, { n: f.count(score.n) }));
  const ir = score.ir;
  s.para(
    fill(t.summary.ir, {
      ir1: s.num("IR1", ir.IR1, f.count(ir.IR1)),
      ir2: s.num("IR2", ir.IR2, f.count(ir.IR2)),
      ir3: s.num("IR3", ir.IR3, f.count(ir.IR3)),
      unclassified: ir.unclassified > 0 ? fill(t.summary.irUnclassified, { u: s.num("unclassified", ir.unclassified, f.count(ir.unclassified)) }) : "",
      fn: notes.ref(t.fn.ir),
    }),
  );
  s.para(selection.length ? fill(t.summary.weakest, { list: joinList(selection.map((w) => weakName(c, w.key)), input.lang) }) : t.summary.noWeak);
  if (input.candidate) {
    const cand = input.candidate;
    const fn = notes.ref(t.fn.candidate);
    const failed = Object.entries(cand.criteria).filter(([, r]) => r === "fail").map(([k]) => k);
    const line = cand.candidate
      ? fill(t.summary.candidateYes, { rank: s.num("rank", cand.rank, cand.rank === null ? t.none : f.count(cand.rank)), priority: s.num("priority", cand.priority, cand.priority === null ? t.none : f.index(cand.priority)), fn })
      : fill(t.summary.candidateNo, { failed: failed.join(", ") || t.none, fn });
    s.para(cand.fragile ? `${line} ${t.summary.fragile}` : line);
  }
  if (input.decision) {
    const d = input.decision;
    const date = new Intl.DateTimeFormat(input.lang === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(new Date(d.at));
    s.num("decision", null, t.decisions[d.decision]);
    s.para(fill(t.summary.decision, { decision: t.decisions[d.decision], by: d.by, date, fn: notes.ref(t.fn.decision) }) + (d.note ? ` ${fill(t.summary.decisionNote, { note: d.note })}` : ""));
  }
  if (input.map) {
    s.figures.push({
      kind: "map",
      title: fill(t.map.title, { place: input.unit.place }),
      level: input.map.level,
      unitLevel: input.map.unitLevel,
      highlight: input.map.highlight,
      places: input.map.places,
      legend: [...(["sentra", "rintisan", "matang"] as const).map((k) => ({ key: k, label: t.strata[k] })), { key: "nodata", label: t.map.nodata }],
      footnote: notes.id(fill(t.fn.map, { level: t.map.levels[input.map.unitLevel] })),
    });
  }
  return s.done(t);
}

function weakName(c: Ctx, key: string): string {
  if (key === "social_capital" || key === "policy_support") return c.t.recs.names[key];
  if ((RULE_IDS as readonly string[]).includes(key)) return ruleLabel(c, key as RuleId, c.input.rubric.pktd.wageShareMin);
  return indicatorLabel(key, c.input.lang);
}

function ruleLabel(c: Ctx, rule: RuleId, min: number): string {
  return fill(c.t.policy.rules[rule], { min: c.f.pct(100 * min) });
}

function findings(c: Ctx): Section {
  const { input, t, f, notes } = c;
  const s = new SectionDraft("findings");
  const threshold = input.rubric.recommendations.weakBelow;
  const unitSizeTop = Math.max(...input.rubric.variables.flatMap((v) => v.indicators.flatMap((i) => (i.kind === "unit_size" ? i.bands.map((b) => b.min) : [0]))));
  for (const v of input.rubric.variables) {
    const name = t.variables[v.name];
    const value = input.score.variables[v.name];
    const varFn = notes.ref(fill(t.fn.variable, { variable: name.toLowerCase() }));
    s.para(
      value === null
        ? fill(t.findings.variableNone, { variable: name })
        : fill(t.findings.variable, { variable: name, score: s.num(v.name, value, f.score(value)), weight: f.score(v.weight), fn: varFn }),
    );
    const working = input.score.working.indicators.filter((w) => w.variable === v.name);
    const weak = working.filter((w) => w.score !== null && w.score < threshold).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    if (weak.length === 0) s.para(fill(t.findings.noWeak, { variable: name.toLowerCase(), threshold: f.score(threshold) }));
    else {
      s.lines.push(fill(t.findings.weakIntro, { threshold: f.score(threshold) }), "");
      for (const w of weak) {
        const fn = notes.ref(fill(t.fn.indicator, { indicator: indicatorLabel(w.indicator, input.lang), n: f.count(w.n) }));
        s.lines.push(`- ${fill(t.findings.weakItem, { indicator: capitalize(indicatorLabel(w.indicator, input.lang)), score: s.num(w.indicator, w.score, f.score(w.score ?? 0)), fact: factSentence(t, f, w, unitSizeTop), fn })}`);
      }
      s.lines.push("");
    }
    s.figures.push({
      kind: "bars",
      title: fill(t.findings.chartTitle, { variable: name, weak: f.count(weak.length), count: f.count(working.length), threshold: f.score(threshold) }),
      max: 3,
      threshold,
      rows: working.map((w) => ({ label: capitalize(indicatorLabel(w.indicator, input.lang)), value: w.score, shown: w.score === null ? t.none : f.score(w.score), weak: w.score !== null && w.score < threshold })),
      footnote: notes.id(fill(t.fn.variable, { variable: name.toLowerCase() })),
    });
  }
  return s.done(t);
}

function share(c: Ctx, yes: number, total: number): string {
  return total === 0 ? c.t.social.noData : fill(c.t.social.share, { pct: c.f.pct((100 * yes) / total), n: c.f.count(yes), total: c.f.count(total) });
}

function socialCapital(c: Ctx, illustrative: boolean): Section {
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

function policySupport(c: Ctx, illustrative: boolean): Section {
  const { input, t, f, notes } = c;
  const s = new SectionDraft("policy_support");
  const ps = input.policySupport;
  if (!ps) {
    s.para(t.policy.noYear);
    return s.done(t);
  }
  const year = ps.year > 0 ? String(ps.year) : t.none;
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
  if (ps.year <= 0) s.para(t.policy.noYear);
  const village = (code: string) => input.villageNames[code] ?? code;
  for (const check of ps.checks) {
    const failed = RULE_IDS.filter((r) => check.rules[r] === "fail").map((r) => ruleLabel(c, r, check.wageShareMin));
    const fn = notes.ref(fill(t.fn.pktd, { village: village(check.villageCode), year: String(check.year) }));
    s.num(`pktd:${check.villageCode}:${check.year}`, check.passed, f.count(check.passed));
    s.para(fill(failed.length ? t.policy.villageFailed : t.policy.village, { village: village(check.villageCode), year: String(check.year), passed: f.count(check.passed), rules: joinList(failed, input.lang), fn }));
  }
  if (ps.year > 0 && ps.villagesWithoutRecord.length > 0) s.para(fill(t.policy.missing, { year, villages: joinList(ps.villagesWithoutRecord.map(village), input.lang) }));
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

function evidence(c: Ctx, w: WeakIndicator): string {
  const { input, t, f } = c;
  if (w.key === "social_capital") return fill(t.recs.evidenceSocial, { index: f.index(input.score.socialCapital.index ?? 0), n: f.count(input.score.socialCapital.n) });
  if (w.key === "policy_support") return fill(t.recs.evidencePolicy, { index: f.index(input.policySupport?.index ?? 0), year: String(input.policySupport?.year ?? "") });
  if (w.failures) {
    const places = w.failures.map((ch) => `${input.villageNames[ch.villageCode] ?? ch.villageCode} (${ch.year})`);
    return fill(t.recs.evidenceRule, { rule: ruleLabel(c, w.key as RuleId, w.failures[0]!.wageShareMin), villages: joinList(places, input.lang) });
  }
  const working = input.score.working.indicators.find((i) => i.indicator === w.key);
  const label = indicatorLabel(w.key, input.lang);
  if (!working || working.indicator === "unit_size") return fill(t.recs.evidenceUnitSize, { indicator: label, score: f.score(w.score), n: f.count(input.score.n) });
  const distribution = working.distribution.map((d) => `${answerLabel(c, w.key, d.code)} ${f.count(d.n)}`).join(", ");
  return fill(t.recs.evidenceIndicator, { indicator: label, score: f.score(w.score), distribution, n: f.count(working.n) });
}

function answerLabel(c: Ctx, field: string, code: string): string {
  return field === "supporting_institutions" ? fill(c.t.recs.countLabel, { n: code }) : codeLabel(RESPONDENT_FIELDS, field, code, c.input.lang);
}

function recommendationLines(c: Ctx, items: WeakIndicator[], s: SectionDraft): string[] {
  const { input, t, f, notes } = c;
  const fn = notes.ref(t.fn.priority);
  return items.map((w, i) => {
    const action = input.rubric.recommendations.actions[w.key];
    s.num(w.key, w.score, f.score(w.score));
    const text = fill(t.recs.item, {
      action: action ? action[input.lang] : weakName(c, w.key),
      service: action ? ((t.recs.services as Record<string, string>)[action.service] ?? action.service) : t.none,
      lead: action ? (input.lang === "id" ? action.lead : action.leadEn) : t.none,
      evidence: evidence(c, w),
      priority: formatNumber(w.priority, input.lang, 3),
      fn,
    });
    return `${i + 1}. ${text}`;
  });
}

function recommendations(c: Ctx, shown: WeakIndicator[], total: number): Section {
  const { t, f } = c;
  const s = new SectionDraft("recommendations");
  s.num("weakCount", total, f.count(total));
  if (total === 0) s.para(t.recs.none);
  else {
    s.para(total === 1 ? t.recs.introOne : fill(t.recs.intro, { count: f.count(total), shown: f.count(shown.length) }));
    s.lines.push(...recommendationLines(c, shown, s), "");
  }
  return s.done(t);
}

function annex(c: Ctx, rest: WeakIndicator[]): Section {
  const s = new SectionDraft("annex");
  if (rest.length === 0) s.para(c.t.recs.annexNone);
  else {
    s.para(c.t.recs.annexIntro);
    s.lines.push(...recommendationLines(c, rest, s).map((l, i) => l.replace(/^\d+\./, `${i + 1 + c.input.rubric.recommendations.shown}.`)), "");
  }
  return s.done(c.t);
}

function method(c: Ctx, illustrativeFields: string[]): Section {
  const { input, t, f } = c;
  const s = new SectionDraft("method");
  const r = input.rubric;
  const w = Object.fromEntries(r.variables.map((v, i) => [`w${i + 1}`, f.score(v.weight)]));
  s.para(
    fill(t.method.rubric, {
      rubric: input.rubric.version,
      label: r.label[input.lang],
      ...w,
      c1: f.score(r.cutoffs.rintisan),
      c2: f.score(r.cutoffs.matang),
      weak: f.score(r.recommendations.weakBelow),
      sc: f.index(r.recommendations.socialCapitalWeakBelow),
      ps: f.index(r.recommendations.policySupportWeakBelow),
    }),
  );
  const fmtDate = (iso: string) => new Intl.DateTimeFormat(input.lang === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const period = input.round.periodStart && input.round.periodEnd ? `${fmtDate(input.round.periodStart)} – ${fmtDate(input.round.periodEnd)}` : t.method.noPeriod;
  s.para(`${fill(t.method.round, { round: input.round.code, name: input.round.name, period })} ${input.score.n === 1 ? t.method.sampleOne : fill(t.method.sample, { n: s.num("n", input.score.n, f.count(input.score.n)) })}`);
  s.para(t.method.oneRound);
  if (input.round.origin !== "survey") s.para(t.method.origin[input.round.origin]);
  if (illustrativeFields.length) s.para(fill(t.method.illustrativeFields, { fields: illustrativeFields.join(", ") }));
  const scored = new Set([...r.variables.flatMap((v) => v.indicators.map((i) => i.name)), "gender"]);
  const issues = (input.round.provenance?.tables ?? []).filter((tb) => scored.has(tb.field)).flatMap((tb) => tb.issues.map((issue) => ({ ...tb, issue })));
  if (issues.length) {
    s.lines.push(t.method.issues, "");
    s.lines.push(...issues.map((i) => `- ${fill(t.method.issue, { no: String(i.no), field: i.field, issue: i.issue })}`), "");
  }
  s.para(t.method.footnotes);
  return s.done(t);
}

/** The whole brief of one unit, from its stored scores: pure, the same input gives the same document. */
export function buildBrief(input: BriefInput): BriefDocument {
  const t = BRIEF_TEXTS[input.lang];
  const f = formatsFor(input.lang);
  const notes = new Footnotes(t.footnote, input.round.code, input.rubric.version);
  const c: Ctx = { input, t, f, notes };
  const selection = selectRecommendations(input.rubric, input.score, input.policySupport);
  const all = [...selection.shown, ...selection.annex];
  const illustrativeFields = input.round.provenance?.illustrativeFields ?? [];
  const scIllustrative = illustrativeFields.some((x) => x.startsWith("sc_"));
  const psIllustrative = illustrativeFields.includes("hi_program_support") || input.round.origin === "illustration";
  const sections = [
    summary(c, selection.shown),
    findings(c),
    socialCapital(c, scIllustrative),
    policySupport(c, psIllustrative),
    recommendations(c, selection.shown, all.length),
    method(c, illustrativeFields),
    annex(c, selection.annex),
  ];
  const badges = [
    ...(input.round.origin !== "survey" ? [t.badges[input.round.origin]] : []),
    ...(illustrativeFields.length && input.round.origin !== "illustration" ? [t.badges.illustration] : []),
  ];
  return {
    schema: 1,
    lang: input.lang,
    title: fill(t.title, { unit: t.unitKinds[input.unit.type], name: input.unit.name }),
    unit: input.unit,
    round: { code: input.round.code, name: input.round.name },
    rubric: input.rubric.version,
    generatedAt: input.generatedAt,
    author: input.author,
    labels: t.labels,
    badges,
    sections,
    footnotes: notes.all(),
  };
}

