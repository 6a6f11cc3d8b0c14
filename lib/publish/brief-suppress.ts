import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/indicators/percent";
import { isSmallCell, MIN_CELL, SUPPRESSED, suppressCounts, type ShownCount } from "./suppress";

// A brief's text states counts of respondents in the shapes of its templates
// (messages/briefs.<lang>.json): "(n dari total)", "n responden", the IR classes, answer
// distributions "(n = total)". These functions find those shapes and hide the small cells
// (and the cells that would give them away) the way the public tables do.

/** An integer as the brief formats counts (1.234 / 1,234), never the digits of a decimal score. */
const COUNT = String.raw`(?<![\d.,])\d{1,3}(?:[.,]\d{3})*(?![\d]|[.,]\d)`;
const PCT = String.raw`(?<![\d.,])\d+(?:[.,]\d+)?\u00A0%`;
const toNumber = (s: string) => Number(s.replace(/[.,]/g, ""));

const SHAPES = {
  id: {
    of: "dari",
    women: new RegExp(String.raw`(${COUNT}) responden, (${COUNT}) di antaranya perempuan \((${PCT})\)`, "g"),
    ir: new RegExp(String.raw`(${COUNT}) IR Pemula, (${COUNT}) IR Berkembang, dan (${COUNT}) IR Maju(?:, serta (${COUNT}) tidak tergolong)?`, "g"),
    distribution: /(jawaban: )([^()\n]*?)( \(n = )([\d.,]+)(\))/g,
    respondents: new RegExp(String.raw`(${COUNT})( responden)`, "g"),
    // the answer of the one member who answered, and an index from one respondent, said in words
    onlyOne: /satu-satunya anggota yang menjawab [^.\n]*\./g,
    onlyOneShown: "kurang dari 5 anggota menjawab.",
    oneRespondent: /dari satu responden saja/g,
    oneRespondentShown: "dari kurang dari 5 responden",
  },
  en: {
    of: "of",
    women: new RegExp(String.raw`(${COUNT}) respondents, (${COUNT}) of them women \((${PCT})\)`, "g"),
    ir: new RegExp(String.raw`(${COUNT}) beginner \(HI 1\), (${COUNT}) developing \(HI 2\) and (${COUNT}) advanced \(HI 3\)(?:; (${COUNT}) unclassified)?`, "g"),
    distribution: /(answers: )([^()\n]*?)( \(n = )([\d.,]+)(\))/g,
    respondents: new RegExp(String.raw`(${COUNT})( respondents?)`, "g"),
    onlyOne: /the only member who answered [^.\n]*\./g,
    onlyOneShown: "fewer than 5 members answered.",
    oneRespondent: /from a single respondent/g,
    oneRespondentShown: "from fewer than 5 respondents",
  },
} as const;

/** A hidden count: "< 5" when it is small itself, "≥ 5" when it is hidden only so a small one cannot be worked out. */
const hiddenText = (n: number) => (isSmallCell(n) ? SUPPRESSED : `≥ ${MIN_CELL}`);
const cellText = (cell: ShownCount, n: number, raw: string) => (cell.suppressed ? hiddenText(n) : raw);

/** "n of total" where n or total − n is 1-4: the count and the percentage are shown as bounds. */
function shareBounds(n: number, total: number, lang: Locale): { count: string; total?: string; pct: string } | null {
  if (isSmallCell(total)) return n === 0 ? null : { count: SUPPRESSED, total: SUPPRESSED, pct: "—" };
  if (isSmallCell(n)) return { count: SUPPRESSED, pct: `< ${formatPercent((100 * MIN_CELL) / total, lang)}` };
  if (isSmallCell(total - n)) return { count: `> ${total - MIN_CELL}`, pct: `> ${formatPercent((100 * (total - MIN_CELL)) / total, lang)}` };
  return null;
}

/** One line: each "(n of total)" with a small cell, and the percentage just before it. */
function suppressShares(line: string, lang: Locale): string {
  const of = new RegExp(String.raw`\((${COUNT}) ${SHAPES[lang].of} (${COUNT})\)`, "g");
  const pct = new RegExp(PCT, "g");
  const edits: { start: number; end: number; text: string }[] = [];
  const pcts = [...line.matchAll(pct)];
  for (const m of line.matchAll(of)) {
    const bounds = shareBounds(toNumber(m[1]!), toNumber(m[2]!), lang);
    if (!bounds) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: `(${bounds.count} ${SHAPES[lang].of} ${bounds.total ?? m[2]})` });
    // the percentage this share belongs to: the nearest one before it that no earlier share claimed
    const before = pcts.filter((p) => p.index < m.index && !edits.some((e) => e.start === p.index)).at(-1);
    const claimed = before && [...line.slice(before.index, m.index).matchAll(of)].length === 0;
    if (before && claimed) edits.push({ start: before.index, end: before.index + before[0].length, text: bounds.pct });
  }
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), line);
}

/** "label n, label n (n = total)": a one-way table whose total is published. */
function suppressDistribution(list: string, total: number): string {
  const items = list.split(", ").map((item) => /^(.*) (\d[\d.,]*)$/.exec(item));
  if (items.some((m) => !m)) return list.replace(new RegExp(COUNT, "g"), (n) => (isSmallCell(toNumber(n)) ? SUPPRESSED : n));
  const counts = items.map((m) => toNumber(m![2]!));
  const { cells } = suppressCounts(counts, total);
  return items.map((m, i) => `${m![1]} ${cellText(cells[i]!, counts[i]!, m![2]!)}`).join(", ");
}

/**
 * A brief's text with every count of respondents from 1 to 4 shown as "< 5", and the cells and
 * percentages from which one could be worked out given the published totals hidden too.
 * `unitN` is the unit's respondents (the total of its IR classes).
 */
export function suppressBriefText(text: string, lang: Locale, unitN: number): string {
  const shape = SHAPES[lang];
  return text
    .split("\n")
    .map((line) =>
      suppressShares(line, lang)
        .replace(shape.women, (whole, n: string, w: string, pct: string) => {
          const bounds = shareBounds(toNumber(w), toNumber(n), lang);
          return bounds ? whole.replace(` ${w} `, ` ${bounds.count} `).replace(pct, bounds.pct) : whole;
        })
        .replace(shape.ir, (whole, ...groups: (string | undefined)[]) => {
          const raw = groups.slice(0, 4).filter((g): g is string => typeof g === "string");
          const counts = raw.map(toNumber);
          const { cells } = suppressCounts(counts, unitN);
          let i = 0;
          return whole.replace(new RegExp(COUNT, "g"), (c: string, at: number) => {
            // the digits of "HI 1" / "HI 2" / "HI 3" in the English labels are not counts
            if (whole.slice(Math.max(0, at - 3), at) === "HI ") return c;
            const k = i++;
            return k < cells.length ? cellText(cells[k]!, counts[k]!, c) : c;
          });
        })
        .replace(shape.distribution, (_w, head: string, list: string, open: string, total: string, close: string) => `${head}${suppressDistribution(list, toNumber(total))}${open}${isSmallCell(toNumber(total)) ? SUPPRESSED : total}${close}`)
        .replace(shape.respondents, (whole, n: string, rest: string) => (isSmallCell(toNumber(n)) ? `${SUPPRESSED}${rest}` : whole))
        .replace(new RegExp(String.raw`\(n = (${COUNT})\)`, "g"), (whole, n: string) => (isSmallCell(toNumber(n)) ? `(n ${SUPPRESSED})` : whole))
        .replace(shape.onlyOne, shape.onlyOneShown)
        .replace(shape.oneRespondent, shape.oneRespondentShown),
    )
    .join("\n");
}
