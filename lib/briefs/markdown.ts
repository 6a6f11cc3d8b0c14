/**
 * The constrained Markdown of a brief's sections: headings (## and ###), bullet and
 * numbered lists, **bold**, *italic*, [links](https://…) and footnote references [^n].
 * Everything is HTML-escaped before any markup is added, so no input can inject HTML;
 * `markdownProblems` refuses raw HTML and unsafe links on save, so nothing is silently lost.
 */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const SAFE_URL = /^(https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)$/i;
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export type MarkdownProblem = "html" | "link";

/** Why a section text may not be saved; empty when it may. */
export function markdownProblems(text: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  if (/<\s*[a-zA-Z!/?]/.test(text)) problems.push("html");
  for (const m of text.matchAll(LINK)) {
    if (!m[1]!.startsWith("^") && !SAFE_URL.test(m[2]!)) {
      problems.push("link");
      break;
    }
  }
  return problems;
}

/** Inline markup of one escaped line. `noteHref` gives a footnote's anchor. */
function inline(raw: string, noteHref: (n: string) => string): string {
  const parts: string[] = [];
  let last = 0;
  // links first, on the raw text, so their URL is checked before escaping
  for (const m of raw.matchAll(LINK)) {
    parts.push(emphasis(escapeHtml(raw.slice(last, m.index)), noteHref));
    const label = emphasis(escapeHtml(m[1]!), noteHref);
    parts.push(SAFE_URL.test(m[2]!) ? `<a href="${escapeHtml(m[2]!)}" rel="noopener noreferrer">${label}</a>` : label);
    last = m.index! + m[0].length;
  }
  parts.push(emphasis(escapeHtml(raw.slice(last)), noteHref));
  return parts.join("");
}

function emphasis(escaped: string, noteHref: (n: string) => string): string {
  return escaped
    .replace(/\[\^(\d{1,4})\]/g, (_, n: string) => `<sup class="fn-ref"><a href="${noteHref(n)}">${n}</a></sup>`)
    .replace(/\*\*(?=\S)([^*]+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]+?)\*(?!\*)/g, "$1<em>$2</em>");
}

type Block = { kind: "p" | "h3" | "h4"; text: string; items?: undefined } | { kind: "ul" | "ol"; items: string[]; text?: undefined };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push({ kind: "p", text: para.join(" ") });
    para = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const trimmed = line.trim();
    const heading = /^(#{2,3})\s+(.*)$/.exec(trimmed);
    const bullet = /^[-*]\s+(.*)$/.exec(trimmed);
    const numbered = /^\d{1,3}[.)]\s+(.*)$/.exec(trimmed);
    if (!trimmed) flush();
    else if (heading) {
      flush();
      out.push({ kind: heading[1] === "##" ? "h3" : "h4", text: heading[2]! });
    } else if (bullet || numbered) {
      flush();
      const kind = bullet ? "ul" : "ol";
      const item = (bullet ?? numbered)![1]!;
      const prev = out.at(-1);
      if (prev?.items && prev.kind === kind) prev.items.push(item);
      else out.push({ kind, items: [item] });
    } else {
      const prev = out.at(-1);
      // a continuation line of a list item belongs to it until a blank line
      if (para.length === 0 && prev?.items && line.startsWith("  ")) prev.items[prev.items.length - 1] += ` ${trimmed}`;
      else para.push(trimmed);
    }
  }
  flush();
  return out;
}

/** Safe HTML of a section text; numbered lists keep their first number. */
export function markdownToHtml(text: string, noteHref: (n: string) => string = (n) => `#fn-${n}`): string {
  return blocks(text)
    .map((b) => {
      if (b.items) return `<${b.kind}>${b.items.map((i) => `<li>${inline(i, noteHref)}</li>`).join("")}</${b.kind}>`;
      return `<${b.kind}>${inline(b.text ?? "", noteHref)}</${b.kind}>`;
    })
    .join("\n");
}

/** Footnote numbers a text refers to, in order of first use. */
export function footnoteRefs(text: string): number[] {
  return [...new Set([...text.matchAll(/\[\^(\d{1,4})\]/g)].map((m) => Number(m[1])))];
}
