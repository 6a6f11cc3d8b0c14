/** What a suggested citation needs; every field comes from the frozen publication. */
export type CitationSource = {
  authors: readonly string[];
  year: number;
  title: string;
  version: number;
  publisher: string;
  url: string;
  licence: string;
  /** "Data set" when the publication carries a dataset, otherwise "Report" */
  kind: "dataset" | "report";
};

type Name = { family: string; given: string[] };

/** "Siti Rahmawati" and "Rahmawati, Siti" both → family Rahmawati; a single name (common in Indonesia) is the family name. */
export function parseName(raw: string): Name {
  const name = raw.trim().replace(/\s+/g, " ");
  if (name.includes(",")) {
    const [family, given = ""] = name.split(",", 2).map((s) => s.trim());
    return { family: family!, given: given ? given.split(" ") : [] };
  }
  const parts = name.split(" ");
  return { family: parts.at(-1)!, given: parts.slice(0, -1) };
}

/** "Rahmawati, S. A." (APA 7): family name, then initials; hyphenated given names keep the hyphen. */
function apaName(n: Name): string {
  if (n.given.length === 0) return n.family;
  const initials = n.given.map((g) => g.split("-").map((p) => `${p.charAt(0).toUpperCase()}.`).join("-")).join(" ");
  return `${n.family}, ${initials}`;
}

/** APA 7 author list: "A", "A, & B", "A, B, & C"; with 21 or more, the first 19, "…", the last. */
function apaAuthors(authors: readonly string[]): string {
  const names = authors.map((a) => apaName(parseName(a)));
  if (names.length === 0) return "";
  if (names.length === 1) return names[0]!;
  if (names.length >= 21) return `${names.slice(0, 19).join(", ")}, . . . ${names.at(-1)}`;
  return `${names.slice(0, -1).join(", ")}, & ${names.at(-1)}`;
}

const endsWithPunctuation = (s: string) => /[.?!]$/.test(s);

/** APA 7 reference: Authors (Year). *Title* (Version N) [Data set]. Publisher. URL */
export function apaCitation(s: CitationSource): string {
  const authors = apaAuthors(s.authors);
  const kind = s.kind === "dataset" ? " [Data set]" : "";
  const lead = authors ? `${authors}${endsWithPunctuation(authors) ? "" : "."} (${s.year}).` : `${s.title} (${s.year}).`;
  const title = authors ? ` ${s.title} (Version ${s.version})${kind}.` : ` (Version ${s.version})${kind}.`;
  return `${lead}${title} ${s.publisher}. ${s.url}`;
}

/** Characters with a meaning in BibTeX are escaped, so a title like "50% & more" stays text. */
export function bibtexEscape(text: string): string {
  const special: Record<string, string> = { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };
  // one pass, so the braces an escape adds are not escaped again
  return text.replace(/[\\~^{}&%$#_]/g, (ch) => special[ch] ?? `\\${ch}`);
}

/** A stable key: first author's family name, year, first word of the title (ASCII only). */
export function bibtexKey(s: CitationSource): string {
  const ascii = (t: string) => t.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const family = s.authors[0] ? ascii(parseName(s.authors[0]).family) : "portal";
  const word = ascii(s.title.split(/\s+/).find((w) => ascii(w).length > 3) ?? s.title) || "untitled";
  return `${family || "portal"}${s.year}${word}`;
}

/** BibTeX @misc entry (datasets and reports alike), title braced to keep its capitals. */
export function bibtexCitation(s: CitationSource): string {
  const authors = s.authors.map((a) => {
    const n = parseName(a);
    return bibtexEscape(n.given.length ? `${n.family}, ${n.given.join(" ")}` : n.family);
  });
  const fields: [string, string][] = [
    ["author", authors.join(" and ")],
    ["title", `{${bibtexEscape(s.title)}}`],
    ["year", String(s.year)],
    ["version", String(s.version)],
    ["publisher", bibtexEscape(s.publisher)],
    ["howpublished", `\\url{${s.url}}`],
    ["url", s.url],
    ["note", `${s.kind === "dataset" ? "Data set. " : ""}Licence: ${bibtexEscape(s.licence)}`],
  ];
  const body = fields.filter(([, v]) => v !== "").map(([k, v]) => `  ${k} = {${v}}`);
  return `@misc{${bibtexKey(s)},\n${body.join(",\n")}\n}`;
}
