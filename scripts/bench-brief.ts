// Measures the PDF render of a brief of at least 10 A4 pages (Canti's brief, its findings
// sections repeated until it is that long: only the length matters here). Prints pages and seconds.
import { openDb } from "@/db/client";
import { findRoundByCode } from "@/db/queries/surveys";
import { buildBrief } from "@/lib/briefs/build";
import { briefGeometry, renderBriefPdf } from "@/services/pdf";
import { loadBriefInput } from "@/services/brief-input";

const ACTOR = { id: null, username: "bench", role: "administrator" as const, regions: [] };
const pages = (pdf: Uint8Array) => (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function main() {
  const handle = await openDb();
  try {
    const round = await findRoundByCode(handle.db, "IR-LAMSEL-2019");
    if (!round) throw new Error("round IR-LAMSEL-2019 missing: run npm run db:setup first");
    const { input } = await loadBriefInput(handle.db, ACTOR, { unit: { type: "cluster", code: "CANTI-KERIPIK" }, round, rubricVersion: round.rubricVersion, lang: "id", author: "bench", now: new Date() });
    const doc = buildBrief(input);
    const geometry = await briefGeometry(handle.db, ACTOR, doc);
    const findings = doc.sections.filter((s) => s.key.startsWith("findings_"));
    for (let copies = 0; copies < 8; copies++) {
      const pdf = await renderBriefPdf(doc, { date: "bench", geometry, version: 1, status: "draft" });
      if (pages(pdf) >= 10) break;
      doc.sections.push(...findings.map((s) => ({ ...s, key: "annex" as const })));
    }
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const pdf = await renderBriefPdf(doc, { date: "bench", geometry, version: 1, status: "draft" });
      times.push((performance.now() - t0) / 1000);
      count = pages(pdf);
    }
    console.log(JSON.stringify({ pages: count, seconds: times.map((t) => Number(t.toFixed(2))), median_s: Number([...times].sort()[1]!.toFixed(2)) }));
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
