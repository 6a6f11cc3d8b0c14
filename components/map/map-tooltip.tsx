"use client";

import { useEffect, useRef, useState } from "react";

type Tip = { lines: string[]; x: number; y: number };

/**
 * Shows a place's name, value, n and round next to the pointer or the focused place.
 * The map works without it (each place has a <title> and an aria-label); with it, the
 * native title tooltip is emptied so the same text does not show twice.
 */
export function MapTooltip({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    box.current?.querySelectorAll<SVGTitleElement>("a[data-p] > title").forEach((title) => {
      const a = title.parentElement;
      if (!a || !title.textContent) return;
      a.dataset.tip = title.textContent;
      title.textContent = "";
    });
  });

  function show(target: EventTarget, at?: { x: number; y: number }) {
    const a = (target as Element).closest?.("a[data-p]") as HTMLElement | null;
    const frame = box.current?.getBoundingClientRect();
    if (!a || !frame) return setTip(null);
    const r = a.getBoundingClientRect();
    const p = at ?? { x: r.left + r.width / 2, y: r.top };
    // kept inside the frame so a place at the edge does not push its tooltip off screen
    const x = Math.min(Math.max(p.x - frame.left, 96), Math.max(96, frame.width - 96));
    setTip({ lines: (a.dataset.tip ?? a.getAttribute("aria-label") ?? "").split("\n"), x, y: Math.max(p.y - frame.top, 48) });
  }

  return (
    <div
      ref={box}
      className="relative"
      onPointerMove={(e) => show(e.target, { x: e.clientX, y: e.clientY })}
      onPointerLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 -translate-y-full rounded border border-slate-300 bg-white px-2 py-1 text-xs shadow"
          style={{ left: tip.x, top: tip.y - 8 }}
        >
          <div className="font-semibold">{tip.lines[0]}</div>
          {tip.lines.slice(1).map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      )}
    </div>
  );
}
