import { NO_DATA_FILL, STRATUM_FILL } from "@/lib/map/classes";
import type { MapGeometry } from "@/lib/map/geometry";
import type { Figure, MapFigure } from "./document";
import { escapeHtml } from "./markdown";

const BAR = "#4C78A8";
const WEAK = "#D55E00";

/** A horizontal bar chart as SVG (vector in print and PDF); weak bars in the "fail" colour with a mark. */
export function barsSvg(f: Extract<Figure, { kind: "bars" }>): string {
  const rowH = 22;
  const labelW = 200;
  const chartW = 300;
  const width = labelW + chartW + 60;
  const height = f.rows.length * rowH + 24;
  const x = (v: number) => labelW + (chartW * v) / f.max;
  const rows = f.rows
    .map((r, i) => {
      const y = 8 + i * rowH;
      const w = r.value === null ? 0 : Math.max(0, x(r.value) - labelW);
      const bar = r.value === null ? `<rect x="${labelW}" y="${y + 3}" width="40" height="${rowH - 8}" fill="url(#bf-nodata)"/>` : `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${r.weak ? WEAK : BAR}"/>`;
      return `<text x="${labelW - 6}" y="${y + rowH / 2 + 3}" text-anchor="end">${escapeHtml(r.label)}</text>${bar}<text x="${(labelW + w + 4).toFixed(1)}" y="${y + rowH / 2 + 3}">${escapeHtml(r.shown)}${r.weak ? " ▼" : ""}</text>`;
    })
    .join("");
  const threshold = f.threshold === null ? "" : `<line x1="${x(f.threshold)}" x2="${x(f.threshold)}" y1="4" y2="${height - 16}" stroke="#333" stroke-dasharray="3 3"/>`;
  const axis = `<line x1="${labelW}" x2="${labelW + chartW}" y1="${height - 16}" y2="${height - 16}" stroke="#999"/><text x="${labelW}" y="${height - 4}">0</text><text x="${labelW + chartW}" y="${height - 4}" text-anchor="end">${f.max}</text>`;
  return `<svg class="bars" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(f.title)}" xmlns="http://www.w3.org/2000/svg" font-size="12" font-family="inherit"><defs><pattern id="bf-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#D9D9D9"/><path d="M0 0v6" stroke="#6b6b6b" stroke-width="1.6"/></pattern></defs>${rows}${threshold}${axis}</svg>`;
}

/** The map's legend as HTML beside the SVG, so it stays legible at any size. */
export function mapLegendHtml(f: MapFigure): string {
  const swatch = (key: string) =>
    key === "nodata"
      ? "background:repeating-linear-gradient(45deg,#D9D9D9 0 3px,#6b6b6b 3px 4px)"
      : `background:${(STRATUM_FILL as Record<string, string>)[key] ?? NO_DATA_FILL}`;
  return `<ul class="map-legend">${f.legend.map((l) => `<li><span class="swatch" style="${swatch(l.key)}"></span>${escapeHtml(l.label)}</li>`).join("")}</ul>`;
}

/**
 * The map page's choropleth without tiles: the same geometry, stratum colours and hatched
 * "no data", with the brief's place outlined.
 */
export function mapSvg(f: MapFigure, g: MapGeometry): string {
  const fill = (stratum: string | null) => (stratum ? (STRATUM_FILL as Record<string, string>)[stratum] : "url(#bm-nodata)");
  const shapes = f.places
    .map((p) => {
      const d = g.shapes[p.code];
      const pt = g.points[p.code];
      if (d) return `<path d="${d}" fill="${fill(p.stratum)}" fill-rule="evenodd" stroke="#fff" stroke-width="0.6"/>`;
      if (pt) return `<circle cx="${pt[0]}" cy="${pt[1]}" r="5" fill="${fill(p.stratum)}" stroke="#1e293b"/>`;
      return "";
    })
    .join("");
  const hl = f.highlight && (g.shapes[f.highlight] ? `<path d="${g.shapes[f.highlight]}" fill="none" stroke="#000" stroke-width="3"/>` : "");
  return `<svg class="map" viewBox="0 0 ${g.view.width} ${g.view.height}" role="img" aria-label="${escapeHtml(f.title)}" xmlns="http://www.w3.org/2000/svg"><defs><pattern id="bm-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#D9D9D9"/><path d="M0 0v6" stroke="#6b6b6b" stroke-width="1.6"/></pattern></defs>${g.context ? `<path d="${g.context}" fill="#f1f5f9" stroke="#94a3b8"/>` : ""}${shapes}${g.borders ? `<path d="${g.borders}" fill="none" stroke="#334155" stroke-width="1.3"/>` : ""}${hl || ""}</svg>`;
}
