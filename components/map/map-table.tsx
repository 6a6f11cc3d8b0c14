import Link from "next/link";

export type MapTableRow = {
  code: string;
  name: string;
  cls: string;
  fill: string;
  classLabel: string;
  value: string;
  n: string;
  /** coverage of a regency or district, the no-PKTD flag: shown beside the value */
  note?: string;
  profileHref: string;
  mapHref?: string;
};

export type MapTableHeads = { name: string; code: string; cls: string; value: string; n: string; map: string; caption: string };

/** The map's data as a table: the same places, classes and values, for keyboard and screen-reader users. */
export function MapTable({ rows, heads, mapLink }: { rows: MapTableRow[]; heads: MapTableHeads; mapLink: string }) {
  const drill = rows.some((r) => r.mapHref);
  return (
    <div className="max-h-[40rem] overflow-auto">
      <table className="data-table" data-testid="map-table">
        <caption className="sr-only">{heads.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heads.name}</th>
            <th scope="col">{heads.code}</th>
            <th scope="col">{heads.cls}</th>
            <th scope="col">{heads.value}</th>
            <th scope="col">{heads.n}</th>
            {drill && <th scope="col">{heads.map}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-p={r.code} data-class={r.cls}>
              <td>
                <Link className="link" href={r.profileHref}>
                  {r.name}
                </Link>
              </td>
              <td className="font-mono">{r.code}</td>
              <td>
                <span className="inline-flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block h-3 w-4 border border-slate-500"
                    style={r.cls === "nodata" ? { background: "repeating-linear-gradient(45deg,#D9D9D9 0 3px,#6b6b6b 3px 4px)" } : { background: r.fill }}
                  />
                  {r.classLabel}
                </span>
              </td>
              <td className="tabular-nums">
                {r.value}
                {r.note && <div className="text-xs text-slate-700">{r.note}</div>}
              </td>
              <td className="tabular-nums">{r.n}</td>
              {drill && <td>{r.mapHref && <Link className="link" href={r.mapHref}>{mapLink}</Link>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
