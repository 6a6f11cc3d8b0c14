/** The six IR items (rubric.md section 2), each 0-3. */
export const IR_ITEMS = ["ir_continuity", "ir_capital", "ir_legality", "ir_market", "ir_labour", "ir_management"] as const;

export type IrClass = "IR1" | "IR2" | "IR3" | "unclassified";

/** Where IR2 and IR3 start on the 0-18 total (rubric v1: 7 and 13). */
export type IrClassCutoffs = { ir2From: number; ir3From: number };
export const IR_CLASSES_V1: IrClassCutoffs = { ir2From: 7, ir3From: 13 };

const isItemScore = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 3;

/** Sum of the six items, or null when any is missing or out of range. */
export function irTotalOf(answers: Record<string, unknown>): number | null {
  let total = 0;
  for (const item of IR_ITEMS) {
    const v = answers[item];
    if (!isItemScore(v)) return null;
    total += v;
  }
  return total;
}

export function irClassOfTotal(total: number | null, cutoffs: IrClassCutoffs): IrClass {
  if (total === null) return "unclassified";
  return total < cutoffs.ir2From ? "IR1" : total < cutoffs.ir3From ? "IR2" : "IR3";
}

/**
 * The one IR class of a home industry: the summed items against the rubric's cut-offs
 * (`rubric.irClasses`; v1: IR1 0-6, IR2 7-12, IR3 13-18); any item missing → unclassified.
 * Scoring, indicator tables and `cli tables` all call this with the round's rubric.
 */
export function irClassOf(answers: Record<string, unknown>, cutoffs: IrClassCutoffs): IrClass {
  return irClassOfTotal(irTotalOf(answers), cutoffs);
}
