const STYLE = {
  survey: "border-slate-400 bg-white text-slate-800",
  reconstruction: "border-amber-600 bg-amber-50 text-amber-900",
  illustration: "border-purple-600 bg-purple-50 text-purple-900",
  synthetic: "border-rose-700 bg-rose-50 text-rose-900",
} as const;

/** Says where numbers come from: field survey, reconstruction from published tables, illustration or synthetic (generated). */
export function OriginBadge({ origin, label }: { origin: keyof typeof STYLE; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[origin]}`}>{label}</span>;
}
