// Seeds what the authorization matrix needs beside the paper's data, through the portal's own
// services: a Lampung Timur (18.07) cluster in the paper's published round, a decision, a
// brief, a saved comparison and an API token of the Lampung Timur official, a pending upload of
// hers, and a regency official of Lampung Selatan whose account the matrix disables while her
// cookie is still live. Writes the ids it created as JSON to the file named by MATRIX_STATE.
import fs from "node:fs";
import { getDbHandle } from "@/db/client";
import { findAccountForSignIn, getAccount, insertAccount } from "@/db/queries/accounts";
import { findRoundByCode, insertPending } from "@/db/queries/surveys";
import { hashPassword } from "@/lib/auth/password";
import { generateBrief, transitionBrief } from "@/services/briefs";
import { saveComparison } from "@/services/compare";
import { recordDecision } from "@/services/decide";
import { commitImport, parseUpload } from "@/services/import";
import { createToken } from "@/services/tokens";
import { insertAudit } from "@/db/queries/audit";
import { publicationDraftSchema } from "@/lib/publish/publication-schema";
import { createPublication, publishPublication } from "@/services/publish";
import { newRoundSchema } from "@/lib/surveys/round-schema";
import { saveComparisonSchema } from "@/lib/compare/selection";

export const MARK = "ZZLAMTIM";
const ROUND = "IR-LAMSEL-2019";
const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const rows = Array.from({ length: 12 }, (_, i) =>
  `LT-${i + 1},18.07.01.2004,LT-TEMPE,female,self,forum,supportive,yes,gt2,continuous,own,food,2,2,2,2,2,2,direct,outside_village,cash,50to75,increased,local,supplier_core,yes,no,government`,
);

async function main() {
  const out = process.env.MATRIX_STATE;
  if (!out) throw new Error("MATRIX_STATE is not set");
  const { db, close } = await getDbHandle();
  const account = async (username: string) => {
    const a = await findAccountForSignIn(db, username);
    const view = a && (await getAccount(db, a.id));
    if (!view) throw new Error(`no account ${username}`);
    return { id: view.id, username, role: view.role, regions: view.regions };
  };
  const admin = await account("admin");
  const lamtim = await account("lamtim");
  const bytes = new TextEncoder().encode([HEADER, ...rows].join("\n"));
  await db.transaction((tx) => commitImport(tx, { kind: "respondents", fileName: "lamtim-matrix.csv", bytes, mode: "all", round: { code: ROUND }, actor: admin }));
  const round = (await findRoundByCode(db, ROUND))!;
  const audit = (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => (e: { action: string; entityType: string; entityId?: string; before?: unknown; after?: unknown }) =>
    insertAudit(tx, { ...(e as Parameters<typeof insertAudit>[1]), actorId: lamtim.id, actorUsername: lamtim.username, ip: "seed" });
  await db.transaction((tx) => recordDecision(tx, lamtim, { round: ROUND, cluster: "LT-TEMPE", kind: "shortlisted", reason: `${MARK} alasan` }, { audit: audit(tx) as never }));
  const brief = await db.transaction((tx) => generateBrief(tx, lamtim, { unit: { type: "cluster", code: "LT-TEMPE" }, roundCode: ROUND, lang: "id" }));
  // published, so the public brief pages and API have an example (12 respondents: public-safe)
  const ministry = await account("kementerian");
  for (const [who, action] of [[lamtim, "submit"], [ministry, "approve"], [ministry, "publish"]] as const) {
    await db.transaction((tx) => transitionBrief(tx, who, { briefId: brief.id, action }));
  }
  const comparison = await db.transaction((tx) =>
    saveComparison({ tx, actor: lamtim, audit: audit(tx) } as never, saveComparisonSchema.parse({ title: `${MARK} perbandingan`, round: ROUND, units: ["cluster:LT-TEMPE", "village:18.07.01.2004"] })),
  );
  const token = await db.transaction((tx) => createToken(tx, lamtim, { name: `${MARK} token`, days: 30 }));
  const pktdCsv = new TextEncoder().encode("village_code,year\n18.07.01.2004,2019\n");
  const parsed = await parseUpload(db, "pktd", "lamtim-pktd.csv", pktdCsv);
  const pendingId = await db.transaction((tx) =>
    insertPending(tx, { kind: "pktd", fileName: `${MARK}.csv`, fileSha256: "0".repeat(64), parsed, round: null, actorId: lamtim.id } as never),
  );
  // the same kinds of object in Lampung Selatan, so every route has an in-scope example
  const lamsel = await account("lamsel");
  const briefMine = await db.transaction((tx) => generateBrief(tx, lamsel, { unit: { type: "cluster", code: "CANTI-KERIPIK" }, roundCode: ROUND, lang: "id" }));
  const comparisonMine = await db.transaction((tx) =>
    saveComparison({ tx, actor: lamsel, audit: audit(tx) } as never, saveComparisonSchema.parse({ title: "Perbandingan matriks", round: ROUND, units: ["cluster:CANTI-KERIPIK", "cluster:WMT-BAKSO"] })),
  );
  const pendingMine = await db.transaction((tx) =>
    insertPending(tx, { kind: "pktd", fileName: "lamsel.csv", fileSha256: "1".repeat(64), parsed, round: null, actorId: lamsel.id } as never),
  );
  const peneliti = await account("peneliti");
  const draft = publicationDraftSchema.parse({ title: "Publikasi matriks", authors: "Peneliti", abstract: "Ringkas.", body: "## Temuan\n\nIsi.", roundCode: ROUND, figures: [{ kind: "indicator", field: "value_added" }], includeDataset: true });
  await db.transaction((tx) => createPublication(tx, peneliti, "matriks", draft));
  await db.transaction((tx) => publishPublication(tx, peneliti, "matriks", "http://localhost"));
  // a draft round of the researcher, in Lampung Selatan: only she and administrators may see it
  const draftRows = rows.map((r, i) => r.replace(`LT-${i + 1},18.07.01.2004,LT-TEMPE`, `MD-${i + 1},18.01.16.2004,MD-KERIPIK`));
  const draftRound = newRoundSchema.parse({ code: "MATRIX-DRAFT", name: "Putaran draf matriks", source: "Uji matriks", licence: "CC BY 4.0", rubricVersion: "rubrik-2019-v1" });
  await db.transaction((tx) =>
    commitImport(tx, { kind: "respondents", fileName: "draft.csv", bytes: new TextEncoder().encode([HEADER, ...draftRows].join("\n")), mode: "all", round: draftRound, actor: peneliti }),
  );
  const offId = await db.transaction(async (tx) =>
    (await findAccountForSignIn(tx, "matrix-off"))?.id ??
    insertAccount(tx, { username: "matrix-off", displayName: "Pejabat Nonaktif Matriks", role: "regency_official", passwordHash: await hashPassword("Matriks#Nonaktif2026"), regions: ["18.01"] }),
  );
  fs.writeFileSync(out, JSON.stringify({ briefMine: briefMine.id, comparisonMine, pendingMine, publication: "matriks", roundId: round.id, briefId: brief.id, comparison, token: token.secret, tokenId: token.id, pendingId, offId }));
  await close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
