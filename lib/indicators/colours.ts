/** IR 1 / IR 2 / IR 3 of glossary.md; unclassified as "no data". */
export const IR_CLASS_COLOURS: Readonly<Record<string, string>> = { IR1: "#F0E442", IR2: "#56B4E9", IR3: "#0072B2", unclassified: "#D9D9D9" };

/** One calm colour for every other field: the colour only draws the bar, the label says what it is. */
export const BAR_COLOUR = "#4C78A8";

export function barColour(field: string, code: string): string {
  return field === "ir_class" ? (IR_CLASS_COLOURS[code] ?? BAR_COLOUR) : BAR_COLOUR;
}
