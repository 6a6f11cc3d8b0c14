import type { PublicIndicatorTable, PublicScore } from "@/lib/publish/public-view";
import { SUPPRESSED } from "@/lib/publish/suppress";

type Fmt = { count: (n: number) => string; share: (n: number) => string; score: (n: number) => string };

/** A frequency table that has been through the public view: hidden counts read "< 5". */
export function PublicFrequencyTable({ table, labels, fmt }: { table: PublicIndicatorTable; labels: { answer: string; count: string; share: string; total: string }; fmt: Fmt }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={table.label}>
      <table className="data-table" data-testid={`public-table-${table.field}`}>
        <caption className="text-left font-semibold">{table.label}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.answer}</th>
            <th scope="col">{labels.count}</th>
            <th scope="col">{labels.share}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.code}>
              <th scope="row" className="font-normal">
                {r.label}
              </th>
              <td>{r.n.suppressed ? SUPPRESSED : fmt.count(r.n.n)}</td>
              <td>{r.share === null ? SUPPRESSED : fmt.share(r.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{labels.total}</th>
            <td>{table.total.suppressed ? SUPPRESSED : fmt.count(table.total.n)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Scored units that have been through the public view: no score for a unit under 5 respondents. */
export function PublicScoreTable({ rows, caption, labels, stratumLabel, fmt }: { rows: readonly PublicScore[]; caption: string; labels: { unit: string; respondents: string; readiness: string; stratum: string }; stratumLabel: (s: string) => string; fmt: Fmt }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid="public-scores">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.unit}</th>
            <th scope="col">{labels.respondents}</th>
            <th scope="col">{labels.readiness}</th>
            <th scope="col">{labels.stratum}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row" className="font-normal">
                {r.name} <span className="font-mono text-xs text-slate-600">{r.code}</span>
              </th>
              <td>{r.n === null ? SUPPRESSED : fmt.count(r.n)}</td>
              <td>{r.readiness === null ? "—" : fmt.score(r.readiness)}</td>
              <td>{r.stratum ? stratumLabel(r.stratum) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
