const COLOURS = {
  sentra: "bg-sentra text-black",
  rintisan: "bg-rintisan text-black",
  matang: "bg-matang text-white",
} as const;

/** Stratum colour from glossary.md, always with its label. */
export function StratumBadge({ stratum, label }: { stratum: keyof typeof COLOURS | null; label: string }) {
  if (!stratum) {
    return <span className="inline-block rounded border border-slate-400 bg-nodata px-2 py-0.5 text-xs font-semibold text-black">{label}</span>;
  }
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[stratum]}`} data-stratum={stratum}>
      {label}
    </span>
  );
}

export const RULE = { pass: ["✓", "bg-pass"], fail: ["✗", "bg-fail"], unknown: ["?", "bg-unknown"] } as const;

/** Pass / fail / unknown: the glossary colour as a chip with a black symbol (AA contrast), and the word for screen readers. */
export function RuleMark({ status, label }: { status: keyof typeof RULE; label: string }) {
  const [symbol, colour] = RULE[status];
  return (
    <span className={`inline-block min-w-5 rounded px-1 text-center font-bold text-black ${colour}`} title={label}>
      <span aria-hidden="true">{symbol}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
