const STYLE = {
  draft: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-emerald-700 bg-emerald-50 text-emerald-900",
  superseded: "border-slate-500 bg-slate-50 text-slate-800",
  withdrawn: "border-red-700 bg-red-50 text-red-900",
} as const;

/** Life-cycle status of a round or a publication, always as a word, never by colour alone. */
export function StatusBadge({ status, label }: { status: keyof typeof STYLE; label: string }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`} data-testid="status-badge">
      {label}
    </span>
  );
}
