import { SortableTable } from "@/components/ui/sortable-table";

export type FrequencyTableRow = { code: string; label: string; count: string; pct: string; n: number; share: number; swatch?: string };

type Props = {
  caption: string;
  headers: { answer: string; count: string; pct: string; total: string };
  rows: FrequencyTableRow[];
  total: { count: string; pct: string };
  testId?: string;
  locale: string;
  sortHint: string;
};

/** A paper-style frequency table: answer, count, %, and the n it is a share of; sortable by any column, the paper's order first. */
export function FrequencyTable({ caption, headers, rows, total, testId, locale, sortHint }: Props) {
  return (
    <SortableTable
      testId={testId}
      caption={caption}
      locale={locale}
      sortHint={sortHint}
      columns={[{ label: headers.answer }, { label: headers.count, numeric: true }, { label: headers.pct, numeric: true }]}
      rows={rows.map((r) => ({
        key: r.code,
        code: r.code,
        cells: [
          {
            sort: r.label,
            content: (
              <>
                {r.swatch && <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm border border-slate-600 align-[-1px]" style={{ backgroundColor: r.swatch }} />}
                {r.label}
              </>
            ),
          },
          { sort: r.n, content: r.count },
          { sort: r.share, content: r.pct },
        ],
      }))}
      footer={[headers.total, total.count, total.pct]}
    />
  );
}
