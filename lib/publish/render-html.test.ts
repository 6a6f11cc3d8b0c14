import { describe, expect, it } from "vitest";
import type { IndicatorTable } from "@/lib/indicators/tables";
import { publicationHtml, type PublicationLabels } from "./render-html";
import type { PublishedSnapshot } from "./snapshot";

const table: IndicatorTable = {
  field: "marketing_zone",
  label: "Wilayah pemasaran",
  group: "konektivitas",
  total: 101,
  missing: 0,
  rows: [
    { code: "village", label: "Sekitar desa", n: 70, share: 69.3 },
    { code: "outside_village", label: "Luar desa", n: 18, share: 17.8 },
    { code: "outside_district", label: "Luar kecamatan", n: 10, share: 9.9 },
    { code: "outside_regency", label: "Luar kabupaten", n: 3, share: 3 },
  ],
};

const snapshot: PublishedSnapshot = {
  slug: "kesiapan",
  version: 2,
  title: "Kesiapan <klaster> & pasar",
  authors: ["Siti Rahmawati", "Budi Santoso"],
  abstract: "Ringkas.",
  body: [{ heading: "Temuan", text: "Paragraf **tebal** <script>alert(1)</script>\n\n- [aman](https://bps.go.id)\n- [jahat](javascript:alert(1))" }],
  figures: [{ kind: "indicator", field: "marketing_zone", tables: { id: table, en: { ...table, label: "Marketing zone" } } }],
  round: { code: "R-2019", name: "Survei 2019", periodStart: null, periodEnd: null, rubricVersion: "rubrik-2019-v1", origin: "survey" },
  licence: "CC-BY-4.0",
  citation: { apa: "Rahmawati, S. (2026). Kesiapan.", bibtex: "@misc{kesiapan}" },
  dataset: { rows: 101, columns: ["a", "b"], sha256: "d".repeat(64), dictionarySha256: "e".repeat(64) },
  publishedAt: "2026-11-30T03:00:00Z",
};

const labels = Object.fromEntries(
  ["published", "version", "round", "rubric", "licence", "checksum", "answer", "count", "share", "total", "unit", "respondents", "readiness", "stratumHead", "dataset", "datasetNote", "datasetSize", "cite", "page"].map((k) => [k, `[${k}]`]),
) as unknown as PublicationLabels;
const withLabels = (withdrawn: string | null): PublicationLabels => ({ ...labels, withdrawn, scoresCaption: (u) => u, stratum: (s) => s });
const fmt = { date: () => "30 Nov 2026", count: String, share: (n: number) => n.toFixed(1), score: (n: number) => n.toFixed(2) };

describe("publicationHtml", () => {
  const html = publicationHtml(snapshot, "id", withLabels(null), fmt, "f".repeat(64));

  it("escapes every text written by a researcher; only http(s) links become links", () => {
    expect(html).toContain("<h1>Kesiapan &lt;klaster&gt; &amp; pasar</h1>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<a href="https://bps.go.id">aman</a>');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain("<strong>tebal</strong>");
  });

  it("prints figures through the public view: the 3 and its complement read < 5, the total stays", () => {
    expect(html).toContain("<td>Luar kabupaten</td><td>&lt; 5</td><td>&lt; 5</td>");
    expect(html).toContain("<td>Luar kecamatan</td><td>&lt; 5</td><td>&lt; 5</td>");
    expect(html).toContain("<td>Sekitar desa</td><td>70</td><td>69.3</td>");
    expect(html).toContain("<td>[total]</td><td>101</td>");
  });

  it("uses the reader's language for figures, and carries round, rubric, checksum and citation", () => {
    expect(publicationHtml(snapshot, "en", withLabels(null), fmt, "f".repeat(64))).toContain("<figcaption>Marketing zone</figcaption>");
    expect(html).toContain("<figcaption>Wilayah pemasaran</figcaption>");
    for (const s of ["Survei 2019 (R-2019)", "rubrik-2019-v1", "f".repeat(64), "d".repeat(64), "Rahmawati, S. (2026). Kesiapan.", "@misc{kesiapan}", "Siti Rahmawati, Budi Santoso"]) expect(html).toContain(s);
  });

  it("a withdrawn version says so on its first page", () => {
    expect(html).not.toContain('class="badge"');
    expect(publicationHtml(snapshot, "id", withLabels("Ditarik: salah data"), fmt, "f")).toContain('<p class="badge">Ditarik: salah data</p>');
  });
});
