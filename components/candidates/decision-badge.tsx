const COLOURS = {
  shortlisted: "border-sky-700 bg-sky-50 text-sky-900",
  selected: "border-emerald-700 bg-emerald-50 text-emerald-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  deferred: "border-slate-500 bg-slate-50 text-slate-900",
} as const;

/** A decision's kind as a labelled badge (the colour never carries it alone). */
export function DecisionBadge({ kind, label }: { kind: keyof typeof COLOURS; label: string }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${COLOURS[kind]}`} data-decision={kind}>
      {label}
    </span>
  );
}
