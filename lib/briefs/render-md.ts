import type { BriefDocument, Figure } from "./document";

const cell = (s: string) => s.replace(/\|/g, "\\|");

function figureMd(f: Figure): string {
  if (f.kind === "map") return `*${f.title}* [^${f.footnote}]`;
  if (f.kind === "bars") return [`*${f.title}* [^${f.footnote}]`, "", ...f.rows.map((r) => `- ${r.label}: ${r.shown}${r.weak ? " ▼" : ""}`)].join("\n");
  return [`*${f.title}* [^${f.footnote}]`, "", `| ${f.columns.map(cell).join(" | ")} |`, `|${f.columns.map(() => "---").join("|")}|`, ...f.rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

/** The brief as Markdown: front matter, sections with their figures as text, footnotes. */
export function briefToMarkdown(doc: BriefDocument, meta: { date: string; status?: string; version?: number }): string {
  const l = doc.labels;
  const head = [
    `# ${doc.title}`,
    "",
    `- ${l.place}: ${doc.unit.place}`,
    `- ${l.date}: ${meta.date}`,
    `- ${l.round}: ${doc.round.name} (${doc.round.code})`,
    `- ${l.rubric}: ${doc.rubric}`,
    `- ${l.author}: ${doc.author}`,
    ...(doc.badges.length ? [`- ${doc.badges.map((b) => `**${b}**`).join(", ")}`] : []),
    "",
  ];
  const body = doc.sections.flatMap((s) => [`## ${s.heading}`, "", s.body, "", ...s.figures.flatMap((f) => [figureMd(f), ""])]);
  const notes = [`## ${l.notes}`, "", ...doc.footnotes.map((n) => `[^${n.id}]: ${n.text}`), ""];
  return [...head, ...body, ...notes].join("\n");
}
