import type { MapGeometry } from "@/lib/map/geometry";
import { shapeId } from "@/lib/map/sprite";
import type { Tile } from "@/lib/map/tiles";

export type MapPlace = { code: string; cls: string; fill: string; href: string; label: string };
export type MapMarker = MapPlace & { x: number; y: number; r: number };
export type MapLabel = { x: number; y: number; text: string };

export const NO_DATA_PATTERN = "map-nodata";
/** px in the 800-wide viewBox */
export const LABEL_SIZE = 14;

// In the SVG, not globals.css: the map is also printed and reused in briefs as it is.
const css = (stroke: number) => `
.mp use,.mp path{stroke:#fff;stroke-width:${stroke}}
.mp circle{stroke:#1e293b;stroke-width:1}
.mp:hover>*{stroke:#000;stroke-width:2}
.mp:focus{outline:none}
.mp:focus-visible>*{stroke:#0072b2;stroke-width:3.5}
.mk circle{stroke:#fff;stroke-width:2.5}
.mk .ring{fill:#111;stroke:none}
.mk:hover .ring{fill:#000;stroke:#000;stroke-width:2}
.mk:focus-visible .ring{fill:#0072b2;stroke:#0072b2;stroke-width:3}
.mk:focus{outline:none}
.brd{fill:none;stroke:#334155;stroke-width:1.3;pointer-events:none}
.ctx{fill:#f1f5f9;stroke:#94a3b8;stroke-width:1;pointer-events:none}
.lbl{font-size:${LABEL_SIZE}px;fill:#0f172a;stroke:#fff;stroke-width:3px;paint-order:stroke;pointer-events:none;text-anchor:middle}
@media (max-width:480px){.lbl{display:none}}
`;

/** The diagonal hatch of "no data" (glossary.md): grey that can never pass for a low value. */
export function NoDataPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#D9D9D9" />
      <path d="M0 0v6" stroke="#6b6b6b" strokeWidth="1.6" />
    </pattern>
  );
}

/** Inline path data for the sprite ids: "brd", "ctx" or p<code>. */
function pathOf(g: MapGeometry, id: string): string | undefined {
  return id === "brd" ? g.borders : id === "ctx" ? g.context : g.shapes[id.slice(1)];
}

function Place({ p, children }: { p: MapPlace; children: React.ReactNode }) {
  // tabIndex: SVG links are focusable in most browsers, made explicit for the rest
  return (
    <a href={p.href} className="mp" data-p={p.code} data-class={p.cls} aria-label={p.label} tabIndex={0}>
      <title>{p.label}</title>
      {children}
    </a>
  );
}

/**
 * The map as plain SVG: every place is a link (name, value, n and round in its label and
 * title), so it works without JavaScript, with the keyboard and on paper. Shapes come
 * from the cached sprite at `shapesHref`; without it (briefs, print) they are inlined.
 */
export function Choropleth(props: {
  geometry: MapGeometry;
  shapesHref?: string;
  places: MapPlace[];
  markers: MapMarker[];
  labels: MapLabel[];
  tiles: Tile[];
  title: string;
  /** the page's CSP nonce, so the map's <style> may apply */
  nonce?: string;
}) {
  const { geometry: g, shapesHref, places, markers, labels, tiles, title, nonce } = props;
  // the same attributes on a <use> of the sprite or on an inline <path>
  const shape = (id: string, attrs: { className?: string; fill?: string; fillRule?: "evenodd"; "aria-hidden"?: "true" }) =>
    shapesHref ? <use href={`${shapesHref}#${id}`} {...attrs} /> : <path d={pathOf(g, id)} {...attrs} />;
  const fill = (p: MapPlace) => (p.cls === "nodata" ? `url(#${NO_DATA_PATTERN})` : p.fill);
  const faded = tiles.length > 0 ? 0.8 : undefined;
  return (
    <svg viewBox={`0 0 ${g.view.width} ${g.view.height}`} className="block h-auto w-full" role="group" aria-labelledby="map-title" data-testid="map">
      <title id="map-title">{title}</title>
      <defs>
        <NoDataPattern id={NO_DATA_PATTERN} />
      </defs>
      {/* hundreds of regencies nationally: thinner edges, or the white outlines drown the colours */}
      <style nonce={nonce}>{css(places.length > 400 ? 0.25 : 0.6)}</style>
      {tiles.length > 0 && (
        <g aria-hidden="true">
          {tiles.map((t) => (
            <image key={t.href} href={t.href} x={t.x} y={t.y} width={t.size} height={t.size} />
          ))}
        </g>
      )}
      {g.context && shape("ctx", { className: "ctx", "aria-hidden": "true" })}
      <g fillOpacity={faded}>
        {places.map((p) =>
          g.shapes[p.code] ? (
            <Place key={p.code} p={p}>
              {shape(shapeId(p.code), { fill: fill(p), fillRule: "evenodd" })}
            </Place>
          ) : null,
        )}
        {places.map((p) => {
          const pt = g.points[p.code];
          return !g.shapes[p.code] && pt ? (
            <Place key={p.code} p={p}>
              <circle cx={pt[0]} cy={pt[1]} r={5} fill={fill(p)} />
            </Place>
          ) : null;
        })}
      </g>
      {g.borders && shape("brd", { className: "brd", "aria-hidden": "true" })}
      {markers.map((m) => (
        <a key={m.code} href={m.href} className="mk" data-p={m.code} data-class={m.cls} aria-label={m.label} tabIndex={0}>
          <title>{m.label}</title>
          {/* a dark ring and a white one: the circle stands out on a village of its own colour */}
          <circle className="ring" cx={m.x} cy={m.y} r={m.r + 2} />
          <circle cx={m.x} cy={m.y} r={m.r} fill={m.cls === "nodata" ? `url(#${NO_DATA_PATTERN})` : m.fill} />
        </a>
      ))}
      {labels.length > 0 && (
        <g aria-hidden="true">
          {labels.map((l) => (
            <text key={`${l.x},${l.y}`} className="lbl" x={l.x} y={l.y}>
              {l.text}
            </text>
          ))}
        </g>
      )}
    </svg>
  );
}
