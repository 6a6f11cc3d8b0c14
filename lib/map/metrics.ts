import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { INDICATOR_LABELS, VARIABLE_LABELS, capitalize } from "@/lib/scoring/labels";
import type { VariableName } from "@/lib/scoring/rubric";

/** What a place can be coloured by; `format` decides decimals and units. */
export type Metric = { key: string; kind: "stratum" | "readiness" | "index" | "share" | "variable" | "indicator" };

export const BASE_METRICS: readonly Metric[] = [
  { key: "stratum", kind: "stratum" },
  { key: "readiness", kind: "readiness" },
  { key: "social_capital", kind: "index" },
  { key: "policy_support", kind: "index" },
  { key: "ir3_share", kind: "share" },
];

type RubricShape = { variables: { name: string; indicators: { name: string }[] }[] };

/** Base metrics, then the rubric's four variables and each of their indicators. */
export function metricsFor(rubric: RubricShape | null): Metric[] {
  const variables = rubric?.variables ?? [];
  return [
    ...BASE_METRICS,
    ...variables.map((v) => ({ key: v.name, kind: "variable" as const })),
    ...variables.flatMap((v) => v.indicators.map((i) => ({ key: i.name, kind: "indicator" as const }))),
  ];
}

/** The columns of score_snapshots the map reads, and the stored UnitScore. */
export type SnapshotLike = {
  n: number;
  readiness: number | null;
  stratum: string | null;
  socialCapital: number | null;
  policySupport: number | null;
  result: unknown;
};

type StoredScore = { score?: { ir?: Record<string, number>; variables?: Record<string, number | null>; indicators?: Record<string, number | null> } };

/** The scale a metric's values live on (null for strata): level scores 1-3, indices 0-100, shares 0-1. */
export function scaleOf(metric: Metric): { min: number; max: number } | null {
  switch (metric.kind) {
    case "stratum":
      return null;
    case "readiness":
    case "variable":
    case "indicator":
      return { min: 1, max: 3 };
    case "index":
      return { min: 0, max: 100 };
    case "share":
      return { min: 0, max: 1 };
  }
}

/** Level-score maps default to the fixed 1-3 scale; indices and shares to quantiles of what is there. */
export function defaultBreaks(metric: Metric): "fixed" | "quantile" {
  return metric.kind === "readiness" || metric.kind === "variable" || metric.kind === "indicator" ? "fixed" : "quantile";
}

/** The numeric value of a metric for one unit, or null when it has none. */
export function metricValue(s: SnapshotLike, metric: Metric): number | null {
  const score = (s.result as StoredScore | null)?.score;
  switch (metric.kind) {
    case "stratum":
      return null;
    case "readiness":
      return s.readiness;
    case "index":
      return metric.key === "social_capital" ? s.socialCapital : s.policySupport;
    case "share": {
      // share of the classified home industries; unclassified ones cannot be IR 3 or not
      const ir = score?.ir;
      const classified = ir ? (ir.IR1 ?? 0) + (ir.IR2 ?? 0) + (ir.IR3 ?? 0) : 0;
      return ir && classified > 0 ? (ir.IR3 ?? 0) / classified : null;
    }
    case "variable":
      return score?.variables?.[metric.key] ?? null;
    case "indicator":
      return score?.indicators?.[metric.key] ?? null;
  }
}

/** Scores with two decimals, indices (0-100) with one, shares as percentages with one. */
export function formatMetric(metric: Metric, value: number, locale: Locale): string {
  if (metric.kind === "share") return `${formatNumber(100 * value, locale, 1)} %`;
  return formatNumber(value, locale, metric.kind === "index" ? 1 : 2);
}

/** Variable and indicator names from the glossary; base metrics are labelled by the page's messages. */
export function rubricMetricLabel(metric: Metric, locale: Locale): string | null {
  if (metric.kind === "variable") return capitalize(VARIABLE_LABELS[metric.key as VariableName]?.[locale] ?? metric.key);
  if (metric.kind === "indicator") return capitalize(INDICATOR_LABELS[metric.key]?.[locale] ?? metric.key);
  return null;
}
