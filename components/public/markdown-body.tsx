import type { Block, Inline } from "@/lib/publish/markdown";

function Inlines({ items }: { items: readonly Inline[] }) {
  return (
    <>
      {items.map((x, i) => {
        if (x.type === "text") return <span key={i}>{x.text}</span>;
        if (x.type === "strong") return <strong key={i}><Inlines items={x.children} /></strong>;
        if (x.type === "em") return <em key={i}><Inlines items={x.children} /></em>;
        return (
          <a key={i} href={x.href} className="link" rel="nofollow noopener noreferrer">
            <Inlines items={x.children} />
          </a>
        );
      })}
    </>
  );
}

/** Renders parsed safe Markdown as React elements: every text is escaped by React, no HTML passes. */
export function MarkdownBody({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="flex flex-col gap-2 break-words">
      {blocks.map((b, i) => {
        if (b.type === "heading") return <h4 key={i} className="font-semibold"><Inlines items={b.children} /></h4>;
        if (b.type === "paragraph") return <p key={i}><Inlines items={b.children} /></p>;
        const items = b.items.map((it, j) => <li key={j}><Inlines items={it} /></li>);
        return b.ordered ? <ol key={i} className="list-decimal pl-5">{items}</ol> : <ul key={i} className="list-disc pl-5">{items}</ul>;
      })}
    </div>
  );
}
