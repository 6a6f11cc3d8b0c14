import { PRINT_CSS } from "@/lib/briefs/render-html";
import { escapeHtml } from "@/lib/briefs/markdown";
import type { Locale } from "@/lib/i18n/config";
import { parseMarkdown, type Block, type Inline } from "./markdown";
import { LICENCE_NAMES } from "./publication-schema";
import { publicIndicatorTable, publicScores } from "./public-view";
import type { PublishedSnapshot } from "./snapshot";
import { SUPPRESSED } from "./suppress";

/** The words of the printed publication, in the reader's language (the route passes its messages). */
export type PublicationLabels = {
  published: string;
  version: string;
  round: string;
  rubric: string;
  licence: string;
  checksum: string;
  withdrawn: string | null;
  answer: string;
  count: string;
  share: string;
  total: string;
  unit: string;
  respondents: string;
  readiness: string;
  stratumHead: string;
  dataset: string;
  datasetNote: string;
  datasetSize: string;
  cite: string;
  page: string;
  scoresCaption: (unit: string) => string;
  stratum: (s: string) => string;
};

export type PublicationFormat = { date: (iso: string) => string; count: (n: number) => string; share: (n: number) => string; score: (n: number) => string };

function inlineHtml(xs: readonly Inline[]): string {
  return xs
    .map((x) => {
      if (x.type === "text") return escapeHtml(x.text);
      if (x.type === "strong") return `<strong>${inlineHtml(x.children)}</strong>`;
      if (x.type === "em") return `<em>${inlineHtml(x.children)}</em>`;
      return `<a href="${escapeHtml(x.href)}">${inlineHtml(x.children)}</a>`;
    })
    .join("");
}

/** The safe Markdown subset as HTML: every text escaped, links only to http(s) (parseMarkdown's rule). */
export function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === "heading") return `<h3>${inlineHtml(b.children)}</h3>`;
      if (b.type === "paragraph") return `<p>${inlineHtml(b.children)}</p>`;
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join("")}</${tag}>`;
    })
    .join("");
}

function table(caption: string, head: string[], rows: string[][], foot?: string[]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const tr = (r: string[]) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`;
  return `<figure class="fig"><figcaption>${escapeHtml(caption)}</figcaption><table><thead><tr>${th}</tr></thead><tbody>${rows.map(tr).join("")}</tbody>${foot ? `<tfoot>${tr(foot)}</tfoot>` : ""}</table></figure>`;
}

/**
 * A published version as one standalone A4 page for the PDF: the frozen text, and its figures
 * through the same public view as the web page (counts under 5 read "< 5"), the dataset's
 * checksum and the citation. Nothing is recomputed.
 */
export function publicationHtml(s: PublishedSnapshot, lang: Locale, l: PublicationLabels, fmt: PublicationFormat, sha256: string): string {
  const licence = LICENCE_NAMES[s.licence as keyof typeof LICENCE_NAMES];
  const meta = [
    [l.published, `${fmt.date(s.publishedAt)} · ${l.version}`],
    [l.round, s.round ? `${s.round.name} (${s.round.code})` : "—"],
    [l.rubric, s.round?.rubricVersion ?? "—"],
    [l.licence, licence ? `${licence.name} (${licence.url})` : s.licence],
    [l.checksum, sha256],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k!)}</dt><dd>${escapeHtml(v!)}</dd>`)
    .join("");
  const body = s.body
    .map((section) => `<section>${section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : ""}${blocksHtml(parseMarkdown(section.text))}</section>`)
    .join("");
  const figures = s.figures
    .map((f) => {
      if (f.kind === "indicator") {
        const t = publicIndicatorTable(f.tables[lang]);
        return table(
          t.label,
          [l.answer, l.count, l.share],
          t.rows.map((r) => [r.label, r.n.suppressed ? SUPPRESSED : fmt.count(r.n.n), r.share === null ? SUPPRESSED : fmt.share(r.share)]),
          [l.total, t.total.suppressed ? SUPPRESSED : fmt.count(t.total.n), ""],
        );
      }
      return table(
        l.scoresCaption(f.unit),
        [l.unit, l.respondents, l.readiness, l.stratumHead],
        publicScores(f.rows).map((r) => [`${r.name} (${r.code})`, r.n === null ? SUPPRESSED : fmt.count(r.n), r.readiness === null ? "—" : fmt.score(r.readiness), r.stratum ? l.stratum(r.stratum) : "—"]),
      );
    })
    .join("");
  const dataset = s.dataset
    ? `<section><h2>${escapeHtml(l.dataset)}</h2><p>${escapeHtml(l.datasetNote)}</p><p>${escapeHtml(l.datasetSize)}</p><p>sha256: <code>${escapeHtml(s.dataset.sha256)}</code></p></section>`
    : "";
  const withdrawn = l.withdrawn ? `<p class="badge">${escapeHtml(l.withdrawn)}</p>` : "";
  const cite = `<section><h2>${escapeHtml(l.cite)}</h2><p>${escapeHtml(s.citation.apa)}</p><pre style="white-space:pre-wrap;font-size:8pt">${escapeHtml(s.citation.bibtex)}</pre></section>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(s.title)}</title><style>${PRINT_CSS}</style></head><body><h1>${escapeHtml(s.title)}</h1><p>${escapeHtml(s.authors.join(", "))}</p>${withdrawn}<dl class="meta">${meta}</dl>${s.abstract ? `<p><em>${escapeHtml(s.abstract)}</em></p>` : ""}${body}${figures}${dataset}${cite}</body></html>`;
}

/** Header and footer of every page: title, round and rubric; page n of N. */
export function publicationHeaderFooter(s: PublishedSnapshot, l: PublicationLabels) {
  const style = `font-family:'DejaVu Sans',sans-serif;font-size:8px;color:#444;width:100%;padding:0 18mm;display:flex;justify-content:space-between;`;
  const round = s.round ? `${l.round}: ${s.round.code} · ${l.rubric}: ${s.round.rubricVersion}` : "";
  return {
    header: `<div style="${style}"><span>${escapeHtml(s.title.slice(0, 90))}</span><span>${escapeHtml(round)}</span></div>`,
    footer: `<div style="${style}"><span>${escapeHtml(l.licence)}: ${escapeHtml(LICENCE_NAMES[s.licence as keyof typeof LICENCE_NAMES]?.name ?? s.licence)}</span><span>${escapeHtml(l.page)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
