import type { BriefDocument, SectionKey } from "./document";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type SectionDiff = { key: SectionKey; heading: string; changed: boolean; parts: DiffPart[] };

const tokens = (s: string) => s.split(/(\s+)/).filter((x) => x !== "");

/** Word-level difference of two texts (longest common subsequence; sections are short). */
export function diffWords(a: string, b: string): DiffPart[] {
  const x = tokens(a);
  const y = tokens(b);
  const m = x.length;
  const n = y.length;
  const lcs: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (x[i] === y[j]) {
      push("same", x[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push("removed", x[i++]!);
    else push("added", y[j++]!);
  }
  while (i < m) push("removed", x[i++]!);
  while (j < n) push("added", y[j++]!);
  return parts;
}

/** Two versions of a brief, section by section. */
export function diffBriefs(a: BriefDocument, b: BriefDocument): SectionDiff[] {
  return b.sections.map((s) => {
    const old = a.sections.find((o) => o.key === s.key);
    const before = old ? `${old.heading}\n${old.body}` : "";
    const after = `${s.heading}\n${s.body}`;
    return { key: s.key, heading: s.heading, changed: before !== after, parts: before === after ? [{ kind: "same", text: after }] : diffWords(before, after) };
  });
}
