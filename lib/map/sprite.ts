import type { MapGeometry } from "./geometry";

/** The id of a unit's shape in the sprite (ids may not start with a digit). */
export const shapeId = (code: string) => `p${code}`;

/**
 * The view's geometry as a standalone SVG of <path id> elements, referenced from the page
 * with <use href="…#p18.01.16.2004">. Sent once and cached by the browser: switching the
 * round, rubric or colouring re-sends only the small page, not the boundaries, and the
 * boundaries are not sent twice (HTML and React payload) as inline paths would be.
 * Paths carry no fill or stroke, so each <use> colours its own copy.
 */
export function spriteSvg(g: MapGeometry): string {
  const paths = Object.entries(g.shapes).map(([code, d]) => `<path id="${shapeId(code)}" d="${d}"/>`);
  if (g.borders) paths.push(`<path id="brd" d="${g.borders}"/>`);
  if (g.context) paths.push(`<path id="ctx" d="${g.context}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.view.width} ${g.view.height}"><defs>${paths.join("")}</defs></svg>`;
}
