import type { Footnote } from "./document";
import { fill } from "./texts";

/** Numbers footnotes in order of first use; the same source text gets the same number. */
export class Footnotes {
  private readonly list: Footnote[] = [];
  constructor(
    private readonly template: string,
    private readonly round: string,
    private readonly rubric: string,
  ) {}

  /** The footnote's id for this source, added on first use. */
  id(what: string): number {
    const text = fill(this.template, { round: this.round, rubric: this.rubric, what });
    const found = this.list.find((f) => f.text === text);
    if (found) return found.id;
    const note = { id: this.list.length + 1, round: this.round, rubric: this.rubric, text };
    this.list.push(note);
    return note.id;
  }

  /** The Markdown reference "[^n]" for this source. */
  ref(what: string): string {
    return `[^${this.id(what)}]`;
  }

  all(): Footnote[] {
    return [...this.list];
  }
}
