import { NoDataPattern } from "./choropleth";

export type LegendRow = { key: string; fill: string; label: string; count: string };

function Swatch({ fill, nodata }: { fill: string; nodata: boolean }) {
  return (
    <svg width="22" height="16" aria-hidden="true" className="shrink-0">
      {nodata && (
        <defs>
          <NoDataPattern id="legend-nodata" />
        </defs>
      )}
      <rect x=".5" y=".5" width="21" height="15" fill={nodata ? "url(#legend-nodata)" : fill} stroke="#475569" />
    </svg>
  );
}

/** Classes with their counts ("no data" included), and the cluster marker key. */
export function MapLegend(props: { title: string; unit?: string; rows: LegendRow[]; clusterNote?: string }) {
  return (
    <section aria-labelledby="map-legend" className="flex flex-col gap-2" data-testid="map-legend">
      <h2 id="map-legend" className="text-base font-semibold">
        {props.title}
      </h2>
      {props.unit && (
        <p className="text-xs text-slate-700" data-testid="legend-unit">
          {props.unit}
        </p>
      )}
      <ul className="flex flex-col gap-1 text-sm">
        {props.rows.map((r) => (
          <li key={r.key} data-class={r.key} className="flex items-center gap-2">
            <Swatch fill={r.fill} nodata={r.key === "nodata"} />
            <span className="flex-1">{r.label}</span>
            <span className="tabular-nums font-semibold">{r.count}</span>
          </li>
        ))}
      </ul>
      {props.clusterNote && (
        <p className="flex items-center gap-2 text-sm">
          <svg width="34" height="22" aria-hidden="true" className="shrink-0">
            <circle cx="8" cy="14" r="6.5" fill="#111" />
            <circle cx="8" cy="14" r="4.5" fill="#999" stroke="#fff" strokeWidth="2" />
            <circle cx="24" cy="11" r="10" fill="#111" />
            <circle cx="24" cy="11" r="8" fill="#999" stroke="#fff" strokeWidth="2" />
          </svg>
          <span>{props.clusterNote}</span>
        </p>
      )}
    </section>
  );
}
