import { formatNumber } from "@/lib/format";
import { IR_ITEMS, irClassOfTotal, irTotalOf } from "./ir-class";
import { capitalize, indicatorLabel, IR_CLASS_LABELS, IR_ITEM_LABELS, STRATUM_LABELS, VARIABLE_LABELS } from "./labels";
import { RUBRIC_V1, type Rubric } from "./rubric";
import type { Answers, UnitScore } from "./score-unit";

export type ScoreLocale = "id" | "en";
export type Explanation = { headline: string; sentences: string[] };

const WEAKEST_SHOWN = 3;
const f2 = (x: number, l: ScoreLocale) => formatNumber(x, l, 2);
// a gap that rounds to 0.00 would read as "already there"
const gap = (x: number, l: ScoreLocale) =>
  x < 0.005 ? (l === "id" ? `kurang dari ${f2(0.01, l)}` : `less than ${f2(0.01, l)}`) : f2(x, l);

function cutoffSentence(rubric: Rubric, score: UnitScore, l: ScoreLocale): string {
  const r = score.readiness ?? 0;
  const { next, previous } = score.working;
  const s = (x: keyof typeof STRATUM_LABELS) => STRATUM_LABELS[x][l];
  const cut = { rintisan: f2(rubric.cutoffs.rintisan, l), matang: f2(rubric.cutoffs.matang, l) };
  if (l === "id") {
    const head = `Kesiapan ${f2(r, l)}`;
    if (score.stratum === "sentra" && next) {
      return `${head} berada di bawah batas ${s("rintisan")} (${cut.rintisan}); perlu naik ${gap(next.distance, l)} lagi untuk menjadi ${s("rintisan")}.`;
    }
    const where = previous && previous.margin === 0 ? "tepat pada" : "di atas";
    if (score.stratum === "rintisan" && next) {
      return `${head} berada ${where} batas ${s("rintisan")} (${cut.rintisan}); perlu naik ${gap(next.distance, l)} lagi untuk menjadi ${s("matang")} (${cut.matang}).`;
    }
    return `${head} berada ${where} batas ${s("matang")} (${cut.matang}), strata tertinggi.`;
  }
  const head = `Readiness ${f2(r, l)}`;
  if (score.stratum === "sentra" && next) {
    return `${head} is below the ${s("rintisan")} cut-off (${cut.rintisan}); it needs to rise ${gap(next.distance, l)} more to become a ${s("rintisan")}.`;
  }
  const where = previous && previous.margin === 0 ? "exactly at" : "above";
  if (score.stratum === "rintisan" && next) {
    return `${head} is ${where} the ${s("rintisan")} cut-off (${cut.rintisan}); it needs to rise ${gap(next.distance, l)} more to become a ${s("matang")} (${cut.matang}).`;
  }
  return `${head} is ${where} the ${s("matang")} cut-off (${cut.matang}), the highest stratum.`;
}

function variableSentences(score: UnitScore, l: ScoreLocale): string[] {
  return score.working.variables.map((v) => {
    const name = capitalize(VARIABLE_LABELS[v.name][l]);
    if (v.score === null || v.contribution === null) return l === "id" ? `${name}: tidak ada data.` : `${name}: no data.`;
    const weight = l === "id" ? "bobot" : "weight";
    return `${name}: ${f2(v.score, l)} × ${weight} ${f2(v.weight, l)} = ${f2(v.contribution, l)}.`;
  });
}

function weakestSentence(rubric: Rubric, score: UnitScore, l: ScoreLocale): string {
  const below = rubric.recommendations.weakBelow;
  const weak = score.working.indicators
    .filter((w): w is typeof w & { score: number } => w.score !== null && w.score < below)
    .sort((a, b) => a.score - b.score)
    .slice(0, WEAKEST_SHOWN)
    .map((w) => `${indicatorLabel(w.indicator, l)} ${f2(w.score, l)}`);
  if (weak.length === 0) return l === "id" ? `Tidak ada indikator di bawah ${f2(below, l)}.` : `No indicator is below ${f2(below, l)}.`;
  return l === "id" ? `Indikator terlemah (di bawah ${f2(below, l)}): ${weak.join("; ")}.` : `Weakest indicators (below ${f2(below, l)}): ${weak.join("; ")}.`;
}

function socialCapitalSentence(score: UnitScore, l: ScoreLocale): string {
  const { index, n } = score.socialCapital;
  if (index === null) return l === "id" ? "Modal sosial: tidak ada data." : "Social capital: no data.";
  const value = formatNumber(index, l, 1);
  return l === "id" ? `Modal sosial ${value} dari 100 (n = ${n}).` : `Social capital ${value} of 100 (n = ${n}).`;
}

/** The unit's stratum and readiness in plain language, with the arithmetic behind it. */
export function explainScore(rubric: Rubric, score: UnitScore, locale: ScoreLocale): Explanation {
  const l = locale;
  if (score.readiness === null || score.stratum === null) {
    const missing = score.working.variables.filter((v) => v.score === null).map((v) => VARIABLE_LABELS[v.name][l]);
    return {
      headline: l === "id" ? `Kesiapan klaster belum dapat dihitung (n = ${score.n})` : `Cluster readiness cannot be computed (n = ${score.n})`,
      sentences: [
        l === "id" ? `Tidak ada data untuk: ${missing.join(", ")}.` : `No data for: ${missing.join(", ")}.`,
        ...variableSentences(score, l),
        socialCapitalSentence(score, l),
      ],
    };
  }
  const stratum = capitalize(STRATUM_LABELS[score.stratum][l]);
  const readiness = f2(score.readiness, l);
  return {
    headline: l === "id" ? `${stratum}: kesiapan ${readiness} (n = ${score.n})` : `${stratum}: readiness ${readiness} (n = ${score.n})`,
    sentences: [cutoffSentence(rubric, score, l), ...variableSentences(score, l), weakestSentence(rubric, score, l), socialCapitalSentence(score, l)],
  };
}

export type IrExplanation = Explanation & {
  items: { item: string; value: number | null }[];
  total: number | null;
  irClass: keyof typeof IR_CLASS_LABELS;
};

/** One home industry's IR class: the six items, their total and the band it falls in. */
export function explainIr(answers: Answers, locale: ScoreLocale, rubric: Rubric = RUBRIC_V1): IrExplanation {
  const l = locale;
  const items = IR_ITEMS.map((item) => {
    const v = answers[item];
    return { item, value: typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 3 ? v : null };
  });
  const total = irTotalOf(answers);
  const irClass = irClassOfTotal(total, rubric.irClasses);
  const label = (item: string) => IR_ITEM_LABELS[item]?.[l] ?? item;
  if (total === null) {
    const missing = items.filter((i) => i.value === null).map((i) => label(i.item));
    return {
      headline: capitalize(IR_CLASS_LABELS.unclassified[l]),
      sentences: [l === "id" ? `Tidak ada data untuk ${missing.join(", ")}: IR tidak dapat digolongkan.` : `No data for ${missing.join(", ")}: the home industry cannot be classified.`],
      items,
      total,
      irClass,
    };
  }
  const { ir2From, ir3From } = rubric.irClasses;
  const range = irClass === "IR1" ? `0-${ir2From - 1}` : irClass === "IR2" ? `${ir2From}-${ir3From - 1}` : `${ir3From}-18`;
  const sum = items.map((i) => `${label(i.item)} ${i.value}`).join(" + ");
  const cls = IR_CLASS_LABELS[irClass][l];
  return {
    headline: l === "id" ? `${cls}: skor ${total} dari 18` : `${capitalize(cls)}: score ${total} of 18`,
    sentences: [
      `${capitalize(sum)} = ${total}.`,
      l === "id" ? `Skor ${total} berada pada rentang ${range}: ${cls}.` : `A score of ${total} lies in the range ${range}: ${cls}.`,
    ],
    items,
    total,
    irClass,
  };
}
