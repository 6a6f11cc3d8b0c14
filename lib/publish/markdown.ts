/**
 * The body of a publication is a small, safe subset of Markdown parsed into plain data; pages
 * render that data as React elements (which escape every text), so no HTML written by anyone
 * reaches the browser. Allowed: paragraphs, "### " subheadings, "- " and "1. " lists, **bold**,
 * *italic* and [links](https://…) to http(s) addresses only. Anything else is shown as text.
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] };

export type Block =
  | { type: "heading"; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

const SAFE_URL = /^https?:\/\/[^\s<>"']+$/i;

/** Only http(s) addresses become links; javascript:, data: and the rest stay text. */
export function isSafeHref(href: string): boolean {
  return SAFE_URL.test(href);
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const strong = /^\*\*([^*]+?)\*\*/.exec(rest);
    const em = strong ? null : /^\*([^*\s][^*]*?)\*/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (strong) {
      flush();
      out.push({ type: "strong", children: parseInline(strong[1]!) });
      i += strong[0].length;
    } else if (em) {
      flush();
      out.push({ type: "em", children: parseInline(em[1]!) });
      i += em[0].length;
    } else if (link && isSafeHref(link[2]!)) {
      flush();
      out.push({ type: "link", href: link[2]!, children: parseInline(link[1]!) });
      i += link[0].length;
    } else {
      buffer += text[i];
      i++;
    }
  }
  flush();
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: "list", ...list });
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trim();
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (line === "") {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: "heading", children: parseInline(heading[1]!) });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/** The plain text of a body (search, summaries): markup dropped, link targets dropped. */
export function plainText(blocks: readonly Block[]): string {
  const inline = (xs: readonly Inline[]): string => xs.map((x) => (x.type === "text" ? x.text : inline(x.children))).join("");
  return blocks.map((b) => (b.type === "list" ? b.items.map(inline).join(" ") : inline(b.children))).join("\n");
}
