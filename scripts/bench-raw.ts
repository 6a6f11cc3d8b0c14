// Hand-written aggregates over the respondents table that compute what a page shows from
// stored snapshots: the benchmark's "raw" baseline (ratio_to_raw = page time / this time).
import { sql, type SQL } from "drizzle-orm";
import type { Rubric } from "@/lib/scoring/rubric";

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** One cluster's indicator means, as SQL over `answers`, in rubric order. */
function indicatorColumns(rubric: Rubric): { variable: string; column: string; expr: string }[] {
  return rubric.variables.flatMap((v) =>
    v.indicators.map((def, i) => {
      const column = `${v.name}_${i}`;
      if (def.kind === "unit_size") {
        const bands = [...def.bands].sort((a, b) => b.min - a.min);
        return { variable: v.name, column, expr: `case ${bands.map((b) => `when count(*) >= ${b.min} then ${b.score}`).join(" ")} end` };
      }
      if (def.kind === "levels") {
        const cases = Object.entries(def.levels).map(([code, level]) => `when ${literal(code)} then ${level}`).join(" ");
        return { variable: v.name, column, expr: `avg(case answers->>${literal(def.name)} ${cases} end)` };
      }
      const scores = `array[${def.scores.join(",")}]::float8[]`;
      return {
        variable: v.name,
        column,
        expr: `avg(case when jsonb_typeof(answers->${literal(def.name)}) = 'array' then (${scores})[least(jsonb_array_length(answers->${literal(def.name)}), ${def.scores.length - 1}) + 1] end)`,
      };
    }),
  );
}

/**
 * Clusters of a round by stratum (and the count of clusters), computed from the raw answers:
 * indicator means per cluster, variable means, weighted readiness, the rubric's cut-offs.
 */
export function rawClusterStrata(rubric: Rubric, roundId: number, regionPrefix: string | null): SQL {
  const cols = indicatorColumns(rubric);
  const variables = rubric.variables.map((v) => {
    const mine = cols.filter((c) => c.variable === v.name).map((c) => c.column);
    const sum = mine.map((c) => `coalesce(${c}, 0)`).join(" + ");
    const n = mine.map((c) => `(case when ${c} is null then 0 else 1 end)`).join(" + ");
    return `${v.weight} * ((${sum}) / nullif(${n}, 0))`;
  });
  const region = regionPrefix ? `and village_code like ${literal(`${regionPrefix}.%`)}` : "";
  return sql.raw(`
    with per_cluster as (
      select cluster_code, ${cols.map((c) => `${c.expr} as ${c.column}`).join(", ")}
      from respondents
      where round_id = ${Number(roundId)} and cluster_code is not null ${region}
      group by cluster_code
    ), readiness as (
      select ${variables.join(" + ")} as r from per_cluster
    )
    select case when r is null then 'none' when r < ${rubric.cutoffs.rintisan} then 'sentra' when r < ${rubric.cutoffs.matang} then 'rintisan' else 'matang' end as stratum,
      count(*)::int as n
    from readiness group by 1 order by 1`);
}
