"use client";

import { useEffect, useRef } from "react";

export type CompareSeries = { label: string; values: (number | null)[] };

type Props = {
  /** the four variable names, in the rubric's order */
  axes: string[];
  series: CompareSeries[];
  kind: "bar" | "radar";
  /** the one-sentence summary: what a screen reader hears instead of the picture */
  ariaLabel: string;
  intlLocale: string;
};

// Okabe-Ito, colour-blind safe; each series also gets its own point shape and dash, so
// colour is never the only way to tell them apart (the table carries the numbers).
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442", "#999999", "#882255"];
const POINTS = ["circle", "rect", "triangle", "rectRot", "star", "crossRot", "cross", "dash", "line", "rectRounded"] as const;
const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [], [6, 3], [2, 2], [8, 3, 2, 3], [], [4, 4]];

/** Grouped bars or a radar of the four variables (scores 1-3) of the compared units. */
export function CompareChart({ axes, series, kind, ariaLabel, intlLocale }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([axes, series, kind, intlLocale]);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const two = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    void import("./chart-js-compare").then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      const datasets = series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: kind === "bar" ? COLOURS[i % COLOURS.length] : `${COLOURS[i % COLOURS.length]}22`,
        borderColor: kind === "bar" ? "#334155" : COLOURS[i % COLOURS.length],
        borderWidth: kind === "bar" ? 1 : 2,
        borderDash: kind === "radar" ? DASHES[i % DASHES.length] : undefined,
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 4,
      }));
      const tooltip = { callbacks: { label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label}: ${item.raw === null ? "—" : two.format(Number(item.raw))}` } };
      const legend = { position: "bottom" as const, labels: { usePointStyle: true, color: "#1e293b" } };
      chart =
        kind === "bar"
          ? new Chart(canvas.current, {
              type: "bar",
              data: { labels: axes, datasets },
              options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: { y: { min: 1, max: 3, ticks: { stepSize: 0.5, color: "#475569", callback: (v) => two.format(Number(v)) } }, x: { ticks: { color: "#1e293b" } } },
                plugins: { legend, tooltip },
              },
            })
          : new Chart(canvas.current, {
              type: "radar",
              data: { labels: axes, datasets },
              options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: { r: { min: 1, max: 3, ticks: { stepSize: 0.5, backdropColor: "transparent", color: "#475569" }, pointLabels: { color: "#1e293b" } } },
                plugins: { legend, tooltip },
              },
            });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // `key` stands for every prop: a new array with the same numbers must not redraw
  }, [key]);

  return (
    <div className="relative h-80 w-full">
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
