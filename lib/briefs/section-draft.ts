import type { Section, SectionKey, ShownNumber, Figure } from "./document";
import type { Footnotes } from "./footnotes";
import type { BriefInput } from "./input";
import type { BriefTexts, Formats } from "./texts";

export type Ctx = { input: BriefInput; t: BriefTexts; f: Formats; notes: Footnotes };

/** Collects a section's paragraphs and the numbers they rest on. */
export class SectionDraft {
  readonly lines: string[] = [];
  readonly numbers: Record<string, ShownNumber> = {};
  readonly figures: Figure[] = [];
  constructor(readonly key: SectionKey) {}
  num(key: string, value: number | null, shown: string): string {
    this.numbers[key] = { value, shown };
    return shown;
  }
  para(text: string) {
    this.lines.push(text, "");
  }
  done(t: BriefTexts): Section {
    const body = this.lines.join("\n").trim();
    return { key: this.key, heading: t.headings[this.key], body, generated: body, edited: false, numbers: this.numbers, figures: this.figures };
  }
}


