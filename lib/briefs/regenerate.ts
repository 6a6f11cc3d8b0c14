import type { BriefDocument, SectionKey } from "./document";

export type NumberChange = { section: SectionKey; key: string; before: string | null; after: string | null };
export type Regenerated = { document: BriefDocument; changes: NumberChange[]; kept: SectionKey[] };

/** The numbers of a section that moved, as shown to a reader (so rounding noise is not a change). */
export function numberChanges(before: BriefDocument, after: BriefDocument): NumberChange[] {
  const changes: NumberChange[] = [];
  for (const s of after.sections) {
    const old = before.sections.find((o) => o.key === s.key);
    const keys = new Set([...Object.keys(old?.numbers ?? {}), ...Object.keys(s.numbers)]);
    for (const key of keys) {
      const a = old?.numbers[key]?.shown ?? null;
      const b = s.numbers[key]?.shown ?? null;
      if (a !== b) changes.push({ section: s.key, key, before: a, after: b });
    }
  }
  return changes;
}

/**
 * A fresh generation merged with the brief as edited: a section whose text was edited
 * keeps that text when none of its numbers moved; otherwise the new text replaces it.
 */
export function mergeRegenerated(current: BriefDocument, fresh: BriefDocument): Regenerated {
  const changes = numberChanges(current, fresh);
  const moved = new Set(changes.map((c) => c.section));
  const kept: SectionKey[] = [];
  const sections = fresh.sections.map((s) => {
    const old = current.sections.find((o) => o.key === s.key);
    if (!old?.edited || moved.has(s.key)) return s;
    kept.push(s.key);
    return { ...s, heading: old.heading, body: old.body, edited: true };
  });
  return { document: { ...fresh, sections }, changes, kept };
}
