type Side = { unitCode: string; unitName: string; readiness: number | null; stratum: "sentra" | "rintisan" | "matang" | null };

export type ComparisonRow = {
  code: string;
  name: string;
  a: { readiness: number | null; stratum: Side["stratum"] };
  b: { readiness: number | null; stratum: Side["stratum"] };
  delta: number | null;
  /** the stratum differs between the two versions */
  moved: boolean;
};

/** Pairs the same units scored under two rubric versions; units that moved stratum first. */
export function compareSnapshots(left: readonly Side[], right: readonly Side[]): ComparisonRow[] {
  const codes = [...new Set([...left, ...right].map((s) => s.unitCode))];
  const find = (side: readonly Side[], code: string) => side.find((s) => s.unitCode === code);
  return codes
    .map((code) => {
      const a = find(left, code);
      const b = find(right, code);
      const delta = a?.readiness != null && b?.readiness != null ? b.readiness - a.readiness : null;
      return {
        code,
        name: a?.unitName ?? b?.unitName ?? code,
        a: { readiness: a?.readiness ?? null, stratum: a?.stratum ?? null },
        b: { readiness: b?.readiness ?? null, stratum: b?.stratum ?? null },
        delta,
        moved: (a?.stratum ?? null) !== (b?.stratum ?? null),
      };
    })
    .sort((x, y) => Number(y.moved) - Number(x.moved) || x.code.localeCompare(y.code));
}
