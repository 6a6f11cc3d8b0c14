/** The six IR items (rubric.md section 2), each 0-3. */
export const IR_ITEMS = ["ir_continuity", "ir_capital", "ir_legality", "ir_market", "ir_labour", "ir_management"] as const;

export type IrClass = "IR1" | "IR2" | "IR3" | "unclassified";

/** IR1 0-6, IR2 7-12, IR3 13-18 of the summed items; any item missing → unclassified. */
export function irClassOf(answers: Record<string, unknown>): IrClass {
  let total = 0;
  for (const item of IR_ITEMS) {
    const v = answers[item];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 3) return "unclassified";
    total += v;
  }
  return total <= 6 ? "IR1" : total <= 12 ? "IR2" : "IR3";
}
