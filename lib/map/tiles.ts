import type { ViewTransform } from "./project";

export type Tile = { href: string; x: number; y: number; size: number };

/**
 * XYZ tiles covering the view, drawn as <image> under the places. World coordinates are
 * already Web Mercator in [0, 1], so tile (x, y) at zoom z spans [x, x+1] / 2^z.
 * The zoom gives tiles of about 256 px, lowered until at most `maxTiles` are needed.
 */
export function tilesFor(view: ViewTransform, template: string, maxTiles = 24): Tile[] {
  const wx0 = -view.tx / view.k, wx1 = (view.width - view.tx) / view.k;
  const wy0 = -view.ty / view.k, wy1 = (view.height - view.ty) / view.k;
  let z = Math.max(0, Math.min(18, Math.round(Math.log2(view.k / 256))));
  const range = (z: number) => {
    const n = 2 ** z;
    const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v * n)));
    return { n, x0: clamp(wx0), x1: clamp(wx1), y0: clamp(wy0), y1: clamp(wy1) };
  };
  let r = range(z);
  while (z > 0 && (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > maxTiles) r = range(--z);
  const size = view.k / r.n;
  const tiles: Tile[] = [];
  for (let x = r.x0; x <= r.x1; x++) {
    for (let y = r.y0; y <= r.y1; y++) {
      const href = template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y)).replace("{s}", "a");
      // whole pixels and one extra: neighbouring tiles overlap instead of showing hairline seams
      tiles.push({ href, x: Math.floor(view.k * (x / r.n) + view.tx), y: Math.floor(view.k * (y / r.n) + view.ty), size: Math.ceil(size) + 1 });
    }
  }
  return tiles;
}
