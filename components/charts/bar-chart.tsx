"use client";

import { useEffect, useRef, useState } from "react";

export type Bar = { label: string; /** 0-100 */ share: number; count: number; colour: string };

type Props = {
  bars: Bar[];
  /** the one-sentence summary: what a screen reader hears instead of the picture */
  ariaLabel: string;
  /** BCP 47 tag for the axis and value labels ("id-ID") */
  intlLocale: string;
  size?: "compact" | "large";
};

const LAYOUT = {
  compact: { chars: 24, maxLines: 2, fontSize: 12, row: 30 },
  large: { chars: 34, maxLines: 6, fontSize: 14, row: 44 },
} as const;

/** Breaks an answer into lines of about `chars` characters for the category axis; "…" past `maxLines`. */
function wrap(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`] : lines;
}

/**
 * Horizontal bars of shares (0-100 %). Chart.js is fetched when the chart mounts, so a page
 * without charts never loads it; the table beside the chart carries the same numbers.
 */
export function HorizontalBarChart({ bars, ariaLabel, intlLocale, size = "compact" }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layout = LAYOUT[size];
  // labels wrap to the width the chart really has: at most 40 % of it for the category axis
  const [chars, setChars] = useState<number | null>(null);
  const labels = bars.map((b) => wrap(b.label, chars ?? layout.chars, layout.maxLines));
  // every category gets the same band, so the tallest label sets the row height
  const rowHeight = Math.max(layout.row, Math.max(1, ...labels.map((l) => l.length)) * (layout.fontSize + 3) + 10);
  const key = JSON.stringify([bars, intlLocale, size]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setChars(Math.max(8, Math.min(layout.chars, Math.floor((0.4 * el.clientWidth) / (0.55 * layout.fontSize)))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [layout]);

  useEffect(() => {
    if (chars === null) return;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const pct = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(intlLocale);
    const { fontSize } = layout;
    void import("./chart-js").then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: "bar",
        data: {
          labels,
          datasets: [
            {
              data: bars.map((b) => b.share),
              backgroundColor: bars.map((b) => b.colour),
              borderColor: "#334155",
              borderWidth: 1,
              barPercentage: 0.85,
              categoryPercentage: 0.85,
            },
          ],
        },
        options: {
          indexAxis: "y",
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          layout: { padding: { right: 64 } },
          scales: {
            x: { min: 0, max: 100, ticks: { color: "#475569", callback: (v) => `${whole.format(Number(v))} %` }, grid: { color: "#e2e8f0" } },
            y: { ticks: { color: "#1e293b", font: { size: fontSize }, autoSkip: false }, grid: { display: false } },
          },
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? "",
                label: (item) => `${whole.format(bars[item.dataIndex]?.count ?? 0)} (${pct.format(Number(item.raw))} %)`,
              },
            },
          },
        },
        // the share at the end of each bar, so the chart reads without hovering
        plugins: [
          {
            id: "shareLabels",
            afterDatasetsDraw(c) {
              const ctx = c.ctx;
              ctx.save();
              ctx.fillStyle = "#1e293b";
              ctx.font = `${fontSize}px system-ui, sans-serif`;
              ctx.textBaseline = "middle";
              c.getDatasetMeta(0).data.forEach((bar, i) => {
                ctx.fillText(`${pct.format(bars[i]?.share ?? 0)} %`, bar.x + 4, bar.y);
              });
              ctx.restore();
            },
          },
        ],
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // `key` and `chars` stand for bars, labels and locale: a new array with the same numbers must not redraw
  }, [key, chars]);

  return (
    <div ref={box} className="relative w-full" style={{ height: bars.length * rowHeight + 44 }}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
