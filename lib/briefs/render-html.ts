import type { MapGeometry } from "@/lib/map/geometry";
import type { BriefDocument, Figure, Section } from "./document";
import { barsSvg, mapLegendHtml, mapSvg } from "./figures-svg";
import { escapeHtml, markdownToHtml } from "./markdown";

/** One figure as HTML: charts and the map as inline SVG, tables as tables. */
export function figureHtml(f: Figure, geometry: MapGeometry | null): string {
  const note = `<sup class="fn-ref"><a href="#fn-${f.footnote}">${f.footnote}</a></sup>`;
  const caption = `<figcaption>${escapeHtml(f.title)}${note}</figcaption>`;
  if (f.kind === "bars") return `<figure class="fig">${caption}${barsSvg(f)}</figure>`;
  if (f.kind === "map") return geometry ? `<figure class="fig fig-map">${caption}${mapSvg(f, geometry)}${mapLegendHtml(f)}</figure>` : "";
  const head = f.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const rows = f.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<figure class="fig">${caption}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></figure>`;
}

/** A section's text and figures as safe HTML (the web page and the PDF share it). */
export function sectionHtml(s: Section, geometry: MapGeometry | null): string {
  return `<div class="brief-text">${markdownToHtml(s.body)}</div>${s.figures.map((f) => figureHtml(f, geometry)).join("")}`;
}

export function footnotesHtml(doc: BriefDocument): string {
  return `<ol class="footnotes">${doc.footnotes.map((n) => `<li id="fn-${n.id}" value="${n.id}">${escapeHtml(n.text)}</li>`).join("")}</ol>`;
}

export const PRINT_CSS = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; hyphens: auto; }
h1 { font-size: 18pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 10pt 0 4pt; } h4 { font-size: 10.5pt; margin: 8pt 0 4pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 6pt 16pt; padding: 0; } li { margin-bottom: 3pt; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 0 0 8pt; font-size: 9.5pt; }
dl.meta dt { font-weight: 600; }
.badge { display: inline-block; border: 1px solid #92400e; color: #92400e; padding: 0 5pt; margin-right: 4pt; font-size: 8.5pt; border-radius: 3pt; }
.fig { margin: 6pt 0 10pt; break-inside: avoid; }
.fig figcaption { font-weight: 600; font-size: 9.5pt; margin-bottom: 3pt; }
.fig svg.bars { width: 100%; max-width: 150mm; height: auto; }
.fig svg.map { display: block; width: 100%; max-width: 150mm; max-height: 95mm; }
table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
sup.fn-ref { font-size: 7pt; line-height: 0; } sup.fn-ref a { color: inherit; text-decoration: none; }
ol.footnotes { font-size: 8.5pt; }
ul.map-legend { list-style: none; margin: 4pt 0 0; display: flex; flex-wrap: wrap; gap: 4pt 14pt; font-size: 9pt; }
ul.map-legend .swatch { display: inline-block; width: 10pt; height: 10pt; margin-right: 4pt; vertical-align: -1pt; border: 0.5pt solid #333; }
a { color: #0b4f8a; }
`;

/** The brief as one standalone HTML page, laid out for A4 (the PDF renders this). */
export function briefHtml(doc: BriefDocument, opts: { date: string; geometry: MapGeometry | null; version: number; status: string }): string {
  const l = doc.labels;
  const meta = [
    [l.place, doc.unit.place],
    [l.date, opts.date],
    [l.round, `${doc.round.name} (${doc.round.code})`],
    [l.rubric, doc.rubric],
    [l.author, doc.author],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k!)}</dt><dd>${escapeHtml(v!)}</dd>`)
    .join("");
  const badges = doc.badges.map((b) => `<span class="badge">${escapeHtml(b)}</span>`).join("");
  const sections = doc.sections.map((s) => `<section><h2>${escapeHtml(s.heading)}</h2>${sectionHtml(s, opts.geometry)}</section>`).join("");
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${PRINT_CSS}</style></head><body><h1>${escapeHtml(doc.title)}</h1><dl class="meta">${meta}</dl><p>${badges}</p>${sections}<section><h2>${escapeHtml(l.notes)}</h2>${footnotesHtml(doc)}</section></body></html>`;
}

/** Header and footer of every PDF page: round and rubric version; page n of N. */
export function pdfHeaderFooter(doc: BriefDocument) {
  const style = `font-family:'DejaVu Sans',sans-serif;font-size:8px;color:#444;width:100%;padding:0 18mm;display:flex;justify-content:space-between;`;
  return {
    header: `<div style="${style}"><span>${escapeHtml(doc.title)}</span><span>${escapeHtml(doc.labels.round)}: ${escapeHtml(doc.round.code)} · ${escapeHtml(doc.labels.rubric)}: ${escapeHtml(doc.rubric)}</span></div>`,
    footer: `<div style="${style}"><span>${escapeHtml(doc.unit.place)}</span><span>${escapeHtml(doc.labels.page)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
