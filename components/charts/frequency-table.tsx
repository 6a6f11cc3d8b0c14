export type FrequencyTableRow = { code: string; label: string; count: string; pct: string; swatch?: string };

type Props = {
  caption: string;
  headers: { answer: string; count: string; pct: string; total: string };
  rows: FrequencyTableRow[];
  total: { count: string; pct: string };
  testId?: string;
};

/** A paper-style frequency table: answer, count, %, and the n it is a share of. Server-rendered. */
export function FrequencyTable({ caption, headers, rows, total, testId }: Props) {
  return (
    <table className="data-table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.answer}</th>
          <th scope="col" className="text-right">
            {headers.count}
          </th>
          <th scope="col" className="text-right">
            {headers.pct}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} data-code={r.code}>
            <td>
              {r.swatch && <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm border border-slate-600 align-[-1px]" style={{ backgroundColor: r.swatch }} />}
              {r.label}
            </td>
            <td className="text-right tabular-nums">{r.count}</td>
            <td className="text-right tabular-nums">{r.pct}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <td>{headers.total}</td>
          <td className="text-right tabular-nums">{total.count}</td>
          <td className="text-right tabular-nums">{total.pct}</td>
        </tr>
      </tfoot>
    </table>
  );
}
