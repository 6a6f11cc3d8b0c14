export type LabelCandidate = { text: string; x: number; y: number; priority: number };
export type PlacedLabel = { text: string; x: number; y: number };

/**
 * Greedy label placement: the most important first (places with data, then larger ones),
 * each kept only if its box overlaps no label already placed; boxes are estimated from
 * the text length (≈ 0.55 em per character) and kept inside the frame.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, fontSize: number): PlacedLabel[] {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const w = c.text.length * fontSize * 0.55 + 4;
    const x = Math.min(Math.max(c.x, w / 2), width - w / 2);
    const box = { x0: x - w / 2, y0: c.y - fontSize, x1: x + w / 2, y1: c.y + 3 };
    if (placed.some((p) => box.x0 < p.x1 && box.x1 > p.x0 && box.y0 < p.y1 && box.y1 > p.y0)) continue;
    placed.push(box);
    out.push({ text: c.text, x: Math.round(x), y: Math.round(c.y) });
  }
  return out;
}
