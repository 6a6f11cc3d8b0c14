import type { IndicatorWorking } from "@/lib/scoring/score-unit";
import type { BriefTexts } from "./texts";
import { fill, type Formats } from "./texts";

/**
 * The answers each indicator's sentence counts ("menjual di luar kabupaten" counts
 * outside_regency and outside_province): the upper answers of rubric v1's levels.
 */
export const FACT_TARGETS: Readonly<Record<string, readonly string[]>> = {
  cluster_initiator: ["self"],
  institution_form: ["forum", "cooperative"],
  institution_support: ["supportive"],
  business_permit: ["yes"],
  business_age: ["gt2"],
  production_pattern: ["continuous"],
  sales_channel: ["regular_customer"],
  marketing_zone: ["outside_regency", "outside_province"],
  payment_method: ["non_cash"],
  value_added: ["50to75", "gt75"],
  profit_trend: ["increased"],
  market_orientation: ["national", "export"],
  business_connection: ["full_chain"],
  cooperation: ["yes"],
  specialization: ["yes"],
  supporting_institutions: ["2", "3", "4"],
};

/**
 * One sentence stating what share of the members gave the indicator's upper answers:
 * "hanya 12,5 % anggota yang menjual di luar kabupaten (7 dari 56)." The frame depends
 * on the numbers only (none, few, some, all, a single respondent), never on a trend.
 */
export function factSentence(t: BriefTexts, f: Formats, w: IndicatorWorking, unitSizeTop: number, labelOf: (code: string) => string = (c) => c): string {
  const tf = t.findings;
  if (w.indicator === "unit_size") return fill(w.n === 1 ? tf.unitSizeOne : tf.unitSize, { n: f.count(w.n), min: f.count(unitSizeTop) });
  const targets = FACT_TARGETS[w.indicator];
  const phrase = (t.facts as Record<string, { phrase: string; phraseOne: string } | undefined>)[w.indicator];
  if (w.n === 0) return tf.noAnswers;
  // an indicator a later rubric added has no sentence of its own: its answers, counted
  if (!targets || !phrase) return fill(tf.factGeneric, { distribution: w.distribution.map((d) => `${labelOf(d.code)} ${f.count(d.n)}`).join(", "), total: f.count(w.n) });
  const n = w.distribution.filter((d) => targets.includes(d.code)).reduce((s, d) => s + d.n, 0);
  const values = { ...phrase, n: f.count(n), total: f.count(w.n), pct: f.pct((100 * n) / w.n) };
  if (w.n === 1) return fill(n === 1 ? tf.factOneYes : tf.factOneNo, values);
  if (n === 0) return fill(tf.factNone, values);
  if (n === w.n) return fill(tf.factAll, values);
  return fill((100 * n) / w.n < 50 ? tf.factFew : tf.factSome, values);
}
