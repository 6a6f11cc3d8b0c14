import { formatNumber } from "@/lib/format";
import { codeLabel } from "@/lib/instrument/labels";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { capitalize, indicatorLabel } from "@/lib/scoring/labels";
import { RULE_IDS, type RuleId } from "@/lib/scoring/policy-support";
import type { BriefDocument, Section } from "./document";
import { policySupport, ruleLabel, socialCapital } from "./build-support";
import { SectionDraft, type Ctx } from "./section-draft";
import { factSentence } from "./facts";
import { Footnotes } from "./footnotes";
import type { BriefInput } from "./input";
import { BRIEF_TEXTS, fill, formatsFor, joinList } from "./texts";
import { selectRecommendations, type WeakIndicator } from "./weak";

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
  if (input.areaCandidates) {
    const { clusters, candidates } = input.areaCandidates;
    const fn = notes.ref(t.fn.candidate);
    s.num("areaClusters", clusters, f.count(clusters));
    s.num("areaCandidates", candidates, f.count(candidates));
    s.para(fill(clusters === 0 ? t.summary.areaNoClusters : t.summary.areaCandidates, { unit: t.unitKinds[input.unit.type].toLowerCase(), clusters: f.count(clusters), candidates: f.count(candidates), fn }));
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

/** One section per variable: its score, its weak indicators in sentences, and its chart. */
function findings(c: Ctx): Section[] {
  const { input, t, f, notes } = c;
  const threshold = input.rubric.recommendations.weakBelow;
  const unitSizeTop = Math.max(...input.rubric.variables.flatMap((v) => v.indicators.flatMap((i) => (i.kind === "unit_size" ? i.bands.map((b) => b.min) : [0]))));
  return input.rubric.variables.map((v) => {
    const s = new SectionDraft(`findings_${v.name}`);
    const name = t.variables[v.name];
    const value = input.score.variables[v.name];
    const varFn = notes.ref(fill(t.fn.variable, { variable: name.toLowerCase() }));
    s.para(
      value === null
        ? t.findings.variableNone
        : fill(t.findings.variable, { score: s.num(v.name, value, f.score(value)), weight: f.score(v.weight), fn: varFn }),
    );
    const working = input.score.working.indicators.filter((w) => w.variable === v.name);
    const weak = working.filter((w) => w.score !== null && w.score < threshold).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
    if (weak.length === 0) s.para(fill(t.findings.noWeak, { variable: name.toLowerCase(), threshold: f.score(threshold) }));
    else {
      s.lines.push(fill(t.findings.weakIntro, { threshold: f.score(threshold) }), "");
      for (const w of weak) {
        const fn = notes.ref(fill(t.fn.indicator, { indicator: indicatorLabel(w.indicator, input.lang), n: f.count(w.n) }));
        s.lines.push(`- ${fill(t.findings.weakItem, { indicator: capitalize(indicatorLabel(w.indicator, input.lang)), score: s.num(w.indicator, w.score, f.score(w.score ?? 0)), fact: factSentence(t, f, w, unitSizeTop, (code) => answerLabel(c, w.indicator, code)), fn })}`);
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
    return s.done(t);
  });
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
    ...findings(c),
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

