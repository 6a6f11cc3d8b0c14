import { interpolateViridis } from "d3-scale-chromatic";
import { STRATA, type Stratum } from "@/lib/scoring/rubric";

export type BreakMethod = "fixed" | "quantile" | "equal";
export const BREAK_METHODS: readonly BreakMethod[] = ["fixed", "quantile", "equal"];

/** The whole scale of a metric, so that 1.17 and 1.21 land in the same class (not at opposite ends). */
export type Scale = { min: number; max: number };
export const LEVEL_SCALE: Scale = { min: 1, max: 3 };

/** k equal classes over the metric's whole scale (fixed: the same colours mean the same on every map). */
export function fixedBreaks(scale: Scale, k = 5): number[] {
  return Array.from({ length: k + 1 }, (_, i) => scale.min + ((scale.max - scale.min) * i) / k);
}

/** The no-data class key: never a colour of the scale (glossary: #D9D9D9 with a hatch). */
export const NO_DATA = "nodata";
export const NO_DATA_FILL = "#D9D9D9";

/** glossary.md: the same stratum colours in maps, charts, badges and print */
export const STRATUM_FILL: Record<Stratum, string> = { sentra: "#E69F00", rintisan: "#009E73", matang: "#0072B2" };

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Linear-interpolated quantile of sorted values (R type 7, as d3.quantile). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!, b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (h - lo);
}

/**
 * Class limits [min, b1, …, max] for up to `k` classes; nulls and NaN are left out.
 * Fewer distinct values than classes gives fewer classes (quantile: one per value);
 * all values equal gives one class [v, v]; no values gives [] (everything is no data).
 */
export function classBreaks(values: readonly (number | null | undefined)[], method: BreakMethod, k = 5): number[] {
  const sorted = values.filter(isNumber).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!, max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const distinct = [...new Set(sorted)];
  // as many distinct values as classes or fewer: one class per value ([min, min] first)
  if (method === "quantile" && distinct.length <= k) return [min, ...distinct];
  const classes = Math.min(k, distinct.length);
  const breaks = [min];
  for (let i = 1; i < classes; i++) {
    const b = method === "equal" ? min + ((max - min) * i) / classes : quantileSorted(sorted, i / classes);
    // quantiles of tied values coincide: a repeated limit would make an empty class
    if (b > breaks[breaks.length - 1]! && b < max) breaks.push(b);
  }
  breaks.push(max);
  return breaks;
}

/**
 * The class index of a value (class i spans (b_i, b_i+1], the first also includes min),
 * or NO_DATA for a missing value or a unit without respondents: never class 0.
 */
export function classify(value: number | null | undefined, n: number | null | undefined, breaks: readonly number[]): number | typeof NO_DATA {
  if (!isNumber(value) || n === 0 || breaks.length < 2) return NO_DATA;
  const last = breaks.length - 2;
  for (let i = 0; i < last; i++) if (value <= breaks[i + 1]!) return i;
  return last;
}

/** Colour-blind-safe sequential fills (viridis), light for low values, dark for high. */
export function numericFills(classes: number): string[] {
  if (classes <= 0) return [];
  if (classes === 1) return [interpolateViridis(0.5)];
  return Array.from({ length: classes }, (_, i) => interpolateViridis(0.92 - (0.84 * i) / (classes - 1)));
}

export type StratumClass = Stratum | typeof NO_DATA;

/** A unit's stratum class: no respondents or no stratum (incomplete answers) is no data. */
export function stratumClass(stratum: string | null | undefined, n: number | null | undefined): StratumClass {
  if (n === 0 || !stratum) return NO_DATA;
  return (STRATA as readonly string[]).includes(stratum) ? (stratum as Stratum) : NO_DATA;
}

export { STRATA };
