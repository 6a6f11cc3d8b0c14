"use client";

import { useEffect, useRef } from "react";

export type QuadrantPoint = { label: string; x: number; y: number; colour: string; shape: "circle" | "triangle" | "rect" | "crossRot" };

type Props = {
  points: QuadrantPoint[];
  /** threshold lines: readiness (x) and policy support (y) */
  thresholds: { x: number; y: number };
  axes: { x: string; y: string };
  /** the one-sentence summary a screen reader hears instead of the picture */
  ariaLabel: string;
  intlLocale: string;
};

/** Readiness × support scatter with the two thresholds drawn; the table beside it has the same numbers. */
export function QuadrantChart({ points, thresholds, axes, ariaLabel, intlLocale }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([points, thresholds, axes, intlLocale]);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const two = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const one = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    void import("./chart-js-scatter").then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: "scatter",
        data: {
          datasets: [
            {
              data: points.map((p) => ({ x: p.x, y: p.y })),
              pointBackgroundColor: points.map((p) => p.colour),
              pointBorderColor: "#1e293b",
              pointStyle: points.map((p) => p.shape),
              pointRadius: 7,
              pointHoverRadius: 9,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { min: 1, max: 3, title: { display: true, text: axes.x, color: "#1e293b" }, ticks: { color: "#475569", callback: (v) => two.format(Number(v)) } },
            y: { min: 0, max: 100, title: { display: true, text: axes.y, color: "#1e293b" }, ticks: { color: "#475569" } },
          },
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (item) => `${points[item.dataIndex]?.label ?? ""}: ${two.format(Number(item.parsed.x))}; ${one.format(Number(item.parsed.y))}` } },
          },
        },
        plugins: [
          {
            id: "thresholds",
            beforeDatasetsDraw(c) {
              const { ctx, chartArea: a, scales } = c;
              const x = scales.x!.getPixelForValue(thresholds.x);
              const y = scales.y!.getPixelForValue(thresholds.y);
              ctx.save();
              ctx.strokeStyle = "#475569";
              ctx.setLineDash([6, 4]);
              ctx.beginPath();
              ctx.moveTo(x, a.top);
              ctx.lineTo(x, a.bottom);
              ctx.moveTo(a.left, y);
              ctx.lineTo(a.right, y);
              ctx.stroke();
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
    // `key` stands for the points, thresholds and locale: the same numbers must not redraw
  }, [key]);
  return (
    <div className="relative h-80 w-full">
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
