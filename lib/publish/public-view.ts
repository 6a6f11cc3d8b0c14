import type { IndicatorTable } from "@/lib/indicators/tables";
import type { ScoresJson } from "@/lib/scoring/scores-json";
import type { BriefDocument } from "@/lib/briefs/document";
import { suppressBriefText } from "./brief-suppress";
import { MIN_CELL, suppressCounts, type ShownCount } from "./suppress";

/**
 * The one door between stored aggregates and anything public (pages, the token-less API,
 * publications). Public components and routes accept only these branded types, which nothing
 * but the functions below can make, so a new public output cannot skip suppression.
 */
declare const suppressed: unique symbol;
type Suppressed<T> = T & { readonly [suppressed]: true };
const brand = <T>(value: T) => value as Suppressed<T>;

export type PublicIndicatorTable = Suppressed<{
  field: string;
  label: string;
  paperTable?: number;
  total: ShownCount;
  rows: { code: string; label: string; n: ShownCount; /** null where the count is hidden */ share: number | null }[];
}>;

/** A frequency table with its small cells (and their complements) hidden; the blanks count is not published. */
export function publicIndicatorTable(table: IndicatorTable): PublicIndicatorTable {
  const { cells, total } = suppressCounts(
    table.rows.map((r) => r.n),
    table.total,
  );
  return brand({
    field: table.field,
    label: table.label,
    paperTable: table.paperTable,
    total,
    rows: table.rows.map((r, i) => ({ code: r.code, label: r.label, n: cells[i]!, share: cells[i]!.suppressed ? null : r.share })),
  });
}

/** interfaces.md `scores --json`, with every count that could single someone out set to null. */
export type PublicScore = Omit<ScoresJson, "n" | "readiness" | "stratum" | "variables" | "indicators" | "ir" | "social_capital" | "social_capital_n" | "policy_support"> & {
  n: number | null;
  /** true when the unit has fewer than 5 respondents (or its count is a complementary cell) */
  suppressed: boolean;
  readiness: number | null;
  stratum: ScoresJson["stratum"];
  variables: Record<string, number | null>;
  indicators: Record<string, number | null>;
  ir: { IR1: number | null; IR2: number | null; IR3: number | null; unclassified: number | null };
  social_capital: number | null;
  social_capital_n: number | null;
  policy_support: number | null;
};

const nulls = <T extends object>(o: T) => Object.fromEntries(Object.keys(o).map((k) => [k, null])) as Record<keyof T, null>;

/**
 * The respondent counts of one level's units as published, in list order: suppression runs
 * over the whole level, so a page of it takes its slice of these (publicScores' `ns`).
 */
export function publicUnitCounts(ns: readonly number[]): ShownCount[] {
  return suppressCounts(
    ns,
    ns.reduce((s, n) => s + n, 0),
  ).cells;
}

/**
 * One level's scored units as the public sees them. The units' respondent counts add up to the
 * parent's count, which is published too: complementary suppression runs over the whole list.
 * Units under 5 respondents show no scores at all; a unit whose count is only a complement keeps
 * its scores (a mean of 5 or more answers).
 */
export function publicScores(rows: readonly ScoresJson[], ns: readonly ShownCount[] = publicUnitCounts(rows.map((r) => r.n))): Suppressed<PublicScore[]> {
  return brand(
    rows.map((r, i) => {
      const small = r.n < MIN_CELL;
      const ir = suppressCounts([r.ir.IR1, r.ir.IR2, r.ir.IR3, r.ir.unclassified], r.n).cells.map((c) => c.n);
      const socialOk = !small && r.social_capital_n >= MIN_CELL;
      return {
        unit: r.unit,
        code: r.code,
        name: r.name,
        n: ns[i]!.n,
        suppressed: ns[i]!.suppressed,
        readiness: small ? null : r.readiness,
        stratum: small ? null : r.stratum,
        variables: small ? nulls(r.variables) : r.variables,
        indicators: small ? nulls(r.indicators) : r.indicators,
        ir: small ? { IR1: null, IR2: null, IR3: null, unclassified: null } : { IR1: ir[0]!, IR2: ir[1]!, IR3: ir[2]!, unclassified: ir[3]! },
        social_capital: socialOk ? r.social_capital : null,
        social_capital_n: socialOk ? r.social_capital_n : null,
        policy_support: small ? null : r.policy_support,
        no_pktd_record: r.no_pktd_record,
        pktd_year: r.pktd_year,
        rubric: r.rubric,
        round: r.round,
      };
    }),
  );
}

/** A published brief as the public reads it: its frozen text with the small counts hidden. */
export type PublicBriefDocument = Suppressed<BriefDocument>;

/** The unit's respondents as the brief recorded them (the summary's `n`). */
export function briefRespondents(doc: BriefDocument): number | null {
  return doc.sections.find((s) => s.key === "summary")?.numbers.n?.value ?? null;
}

/**
 * A frozen brief for the public pages, the PDF and the token-less API: every count of respondents
 * from 1 to 4 in its text shows as "< 5" (with the cells and percentages that would give one
 * away); the raw numbers, the text as first generated and the map (strata of neighbouring units,
 * some of them perhaps under 5 respondents) are left out. A brief of a unit with
 * fewer than 5 respondents is not public at all (null), as such units show no score publicly.
 */
export function publicBrief(doc: BriefDocument): PublicBriefDocument | null {
  const n = briefRespondents(doc);
  if (n === null || n < MIN_CELL) return null;
  const hide = (text: string) => suppressBriefText(text, doc.lang, n);
  return brand({
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, body: hide(s.body), generated: "", numbers: {}, figures: s.figures.filter((f) => f.kind !== "map").map((f) => ({ ...f, title: hide(f.title) })) })),
    footnotes: doc.footnotes.map((f) => ({ ...f, text: hide(f.text) })),
  });
}
