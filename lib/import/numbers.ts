// Numbers as people type them in Indonesia: dots group thousands, a comma starts the decimals.
const PLAIN = /^-?\d+$/;
const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.250.000 and 1.250.000,50
const COMMA_DECIMAL = /^-?\d+,\d+$/; // 12,5
// A dot with other than three digits after it can only be a decimal point (12.5, from a
// spreadsheet or a machine export); "1.250" stays one thousand two hundred and fifty.
const DOT_DECIMAL = /^-?\d+\.\d+$/;

/** Strips "Rp", "Rp." and a trailing ",-" (Rp 50.000,-); amounts only. */
function stripRupiah(text: string): string {
  return text.replace(/^rp\.?\s*/i, "").replace(/,-$/, "");
}

/** The number in `text`, or null when it is not one. `1.250.000` → 1250000, `12,5` → 12.5. */
export function parseLocaleNumber(text: string, options: { rupiah?: boolean } = {}): number | null {
  const t = options.rupiah ? stripRupiah(text.trim()) : text.trim();
  if (PLAIN.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (COMMA_DECIMAL.test(t)) return Number(t.replace(",", "."));
  if (DOT_DECIMAL.test(t)) return Number(t);
  return null;
}

/** How a number is written back so that parseLocaleNumber reads the same value. */
export function formatLocaleNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(".", ",");
}
