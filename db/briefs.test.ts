import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBriefDocument } from "@/lib/briefs/document";
import { briefToMarkdown } from "@/lib/briefs/render-md";
import { AppError } from "@/lib/errors";
import { candidateInputOf, candidatesFor, candidateStatusOf } from "@/lib/candidates";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { recordDecision } from "@/services/decide";
import { editBriefSection, generateBrief, regenerateBrief, restoreBriefVersion, transitionBrief, type BriefActor } from "@/services/briefs";
import { listClusterScores } from "./queries/candidates";
import { findRoundByCode } from "./queries/surveys";
import { publicBrief } from "@/lib/publish/public-view";
import { getBriefInScope, getBriefVersion, listBriefEvents, listBriefVersions, listPublishedBriefs } from "./queries/briefs";
import { auditLog } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const lamsel: BriefActor = { id: null, username: "lamsel", displayName: "Pejabat Lampung Selatan", role: "regency_official", regions: ["18.01"] };
const lamtim: BriefActor = { id: null, username: "lamtim", role: "regency_official", regions: ["18.07"] };
const ministry: BriefActor = { id: null, username: "kementerian", role: "ministry_staff", regions: [] };
const CANTI = { type: "cluster" as const, code: "CANTI-KERIPIK" };

describe.each(TARGETS)("briefs on $name", ({ setUp }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
  }, 120_000);
  afterAll(async () => t?.dispose());

  const tx = <T>(fn: (tx: Parameters<Parameters<typeof t.handle.db.transaction>[0]>[0]) => Promise<T>) => t.handle.db.transaction(fn);
  const rejects = async (p: Promise<unknown>, code: string) => {
    const e = await p.then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
  };

  it("generates Canti's brief from its stored scores, with five recommendations and footnotes", async () => {
    const { id } = await tx((x) => generateBrief(x, lamsel, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "id", now: new Date("2026-11-30T03:00:00Z") }));
    const row = await getBriefVersion(t.handle.db, id, 1);
    const doc = parseBriefDocument(row!.document);
    const md = briefToMarkdown(doc, { date: "30 November 2026" });
    if (process.env.PRINT_BRIEF) console.log(md);
    expect(doc.round.code).toBe("IR-LAMSEL-2019");
    expect(doc.sections.map((s) => s.key)).toEqual(["summary", "findings_institution", "findings_activity", "findings_performance", "findings_connectivity", "social_capital", "policy_support", "recommendations", "method", "annex"]);
    const recs = doc.sections.find((s) => s.key === "recommendations")!.body;
    expect(recs.match(/^\d+\. /gm)).toHaveLength(5);
    expect(md).toContain("klaster rintisan");
    expect(doc.footnotes.every((f) => f.text.includes("IR-LAMSEL-2019") && f.text.includes("rubrik-2019-v1"))).toBe(true);
    expect(doc.badges).toContain("Data rekonstruksi");
  });

  it("keeps versions: an edit and a restore each make a new version; a stale edit is refused", async () => {
    const { id } = await tx((x) => generateBrief(x, lamsel, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "en" }));
    await tx((x) => editBriefSection(x, lamsel, { briefId: id, baseVersion: 1, section: "summary", heading: "Summary", body: "## Key point\n\n**Canti** needs markets. [link](https://example.org)" }));
    await rejects(tx((x) => editBriefSection(x, lamsel, { briefId: id, baseVersion: 1, section: "summary", heading: "S", body: "x" })), "conflict");
    await rejects(tx((x) => editBriefSection(x, lamsel, { briefId: id, baseVersion: 2, section: "summary", heading: "S", body: "<script>alert(1)</script>" })), "invalid");
    const { version } = await tx((x) => restoreBriefVersion(x, lamsel, { briefId: id, version: 1 }));
    expect(version).toBe(3);
    const versions = await listBriefVersions(t.handle.db, id);
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [3, "restored"],
      [2, "edited"],
      [1, "generated"],
    ]);
    const v1 = parseBriefDocument((await getBriefVersion(t.handle.db, id, 1))!.document);
    const v3 = parseBriefDocument((await getBriefVersion(t.handle.db, id, 3))!.document);
    expect(v3.sections).toEqual(v1.sections);
    // regenerating with unchanged scores moves no number and keeps an edited section's text
    await tx((x) => editBriefSection(x, lamsel, { briefId: id, baseVersion: 3, section: "method", heading: "Method", body: "Edited method note." }));
    const regen = await tx((x) => regenerateBrief(x, lamsel, { briefId: id }));
    expect(regen.changes).toEqual([]);
    expect(regen.kept).toEqual(["method"]);
  });

  it("runs the workflow, audits each transition, freezes a published version and refuses the wrong roles", async () => {
    const { id } = await tx((x) => generateBrief(x, lamsel, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "id" }));
    await rejects(tx((x) => generateBrief(x, lamtim, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "id" })), "not_found");
    await rejects(tx((x) => transitionBrief(x, lamtim, { briefId: id, action: "submit" })), "not_found");
    await rejects(tx((x) => transitionBrief(x, lamsel, { briefId: id, action: "approve" })), "forbidden");
    await tx((x) => transitionBrief(x, lamsel, { briefId: id, action: "submit" }));
    await rejects(tx((x) => transitionBrief(x, ministry, { briefId: id, action: "send_back", comment: " " })), "invalid");
    await tx((x) => transitionBrief(x, ministry, { briefId: id, action: "send_back", comment: "Tambahkan sumber" }));
    await tx((x) => transitionBrief(x, lamsel, { briefId: id, action: "submit" }));
    await tx((x) => transitionBrief(x, ministry, { briefId: id, action: "approve" }));
    expect(await listPublishedBriefs(t.handle.db, { id })).toEqual([]);
    await tx((x) => transitionBrief(x, ministry, { briefId: id, action: "publish" }));
    const [listed] = await listPublishedBriefs(t.handle.db, { id, search: "canti" });
    expect(listed).toMatchObject({ id, version: 1, roundCode: "IR-LAMSEL-2019" });
    expect(listed!.publishedAt).toBeInstanceOf(Date);
    expect(publicBrief(parseBriefDocument(listed!.document))?.title).toBe(parseBriefDocument(listed!.document).title);
    expect(await listPublishedBriefs(t.handle.db, { id, search: "Wai Muli" })).toEqual([]);
    const published = (await getBriefInScope(t.handle.db, lamsel, id))!;
    expect(published).toMatchObject({ status: "published", publishedVersion: 1, currentVersion: 1 });
    const before = (await getBriefVersion(t.handle.db, id, 1))!.document;

    await rejects(tx((x) => editBriefSection(x, lamsel, { briefId: id, baseVersion: 1, section: "summary", heading: "X", body: "changed" })), "conflict");
    await rejects(tx((x) => restoreBriefVersion(x, lamsel, { briefId: id, version: 1 })), "conflict");
    await rejects(tx((x) => regenerateBrief(x, lamsel, { briefId: id })), "conflict");
    expect((await getBriefVersion(t.handle.db, id, 1))!.document).toEqual(before);

    await tx((x) => transitionBrief(x, lamsel, { briefId: id, action: "reopen" }));
    const reopened = (await getBriefInScope(t.handle.db, lamsel, id))!;
    expect(reopened).toMatchObject({ status: "draft", publishedVersion: 1, currentVersion: 2 });
    // the published version stays public while the new draft is written
    expect((await listPublishedBriefs(t.handle.db, { id })).map((b) => b.version)).toEqual([1]);

    const events = await listBriefEvents(t.handle.db, id);
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["submit", "draft", "in_review"],
      ["send_back", "in_review", "draft"],
      ["submit", "draft", "in_review"],
      ["approve", "in_review", "approved"],
      ["publish", "approved", "published"],
      ["reopen", "published", "draft"],
    ]);
    expect(events[1]!.comment).toBe("Tambahkan sumber");
    const audits = await t.handle.db.select().from(auditLog).where(and(eq(auditLog.entityType, "brief"), eq(auditLog.entityId, String(id))));
    expect(audits.map((a) => a.action)).toEqual(["brief.generate", "brief.submit", "brief.send_back", "brief.submit", "brief.approve", "brief.publish", "brief.reopen"]);
  });

  it("names the cluster's candidate status and, once regenerated after a decision, the decision; a regency counts its candidates", async () => {
    const db = t.handle.db;
    const summaryOf = async (id: number, version: number) => parseBriefDocument((await getBriefVersion(db, id, version))!.document).sections.find((s) => s.key === "summary")!;
    // what the candidates page says of Canti, worked out independently of the brief
    const round = (await findRoundByCode(db, "IR-LAMSEL-2019"))!;
    const rows = candidatesFor(RUBRIC_V1, (await listClusterScores(db, lamsel, { roundId: round.id, version: RUBRIC_V1.version })).map((r) => candidateInputOf(RUBRIC_V1.candidates, r)));
    const canti = candidateStatusOf(rows, CANTI.code)!;

    const { id } = await tx((x) => generateBrief(x, lamsel, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "id" }));
    const v1 = await summaryOf(id, 1);
    if (canti.candidate) {
      expect(v1.body).toContain(`termasuk kandidat klaster percontohan: peringkat ${canti.rank}`);
      expect(v1.numbers.rank!.value).toBe(canti.rank);
    } else {
      expect(v1.body).toContain(`tidak termasuk kandidat klaster percontohan; kriteria yang tidak terpenuhi: ${canti.failed.join(", ")}`);
    }
    expect(v1.body.includes("rapuh")).toBe(canti.robustness.fragile);
    expect(v1.body).not.toContain("Keputusan terakhir");

    await recordDecision(db, { ...lamsel, id: null }, { round: "IR-LAMSEL-2019", cluster: CANTI.code, kind: "shortlisted", reason: "Siap menjadi percontohan" });
    const regen = await tx((x) => regenerateBrief(x, lamsel, { briefId: id }));
    const v2 = await summaryOf(id, regen.version);
    expect(v2.body).toContain("Keputusan terakhir: **masuk daftar pendek** oleh lamsel");
    expect(v2.body).toContain("Catatan keputusan: Siap menjadi percontohan");
    expect(regen.changes).toContainEqual(expect.objectContaining({ section: "summary", key: "decision", after: "masuk daftar pendek" }));
    // another regency's official sees neither the decision nor the cluster
    await rejects(tx((x) => generateBrief(x, lamtim, { unit: CANTI, roundCode: "IR-LAMSEL-2019", lang: "id" })), "not_found");

    const regency = await tx((x) => generateBrief(x, lamsel, { unit: { type: "regency", code: "18.01" }, roundCode: "IR-LAMSEL-2019", lang: "en" }));
    const summary = await summaryOf(regency.id, 1);
    const candidates = rows.filter((r) => r.candidate).length;
    expect(summary.body).toContain(`Clusters scored in this regency in this round: ${rows.length}; pilot-cluster candidates among them: ${candidates}.`);
    expect(summary.numbers.areaCandidates!.value).toBe(candidates);
  });
});
