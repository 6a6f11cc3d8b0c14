import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport } from "@/services/import";
import { changeRound } from "@/services/rounds";
import { createPublication, newVersion, publishPublication, saveDraft, withdrawPublication, type PublishActor } from "@/services/publish";
import { authenticateToken, createToken, revokeToken } from "@/services/tokens";
import { publicationDraftSchema } from "@/lib/publish/publication-schema";
import { canonicalJson, sha256Hex, type PublishedSnapshot } from "@/lib/publish/snapshot";
import { getPublicRound, listPublicRounds, publicRoundAnswers, publicSnapshots } from "./queries/public";
import { getPublicVersion, listPublishedPublications } from "./queries/publications";
import { hitRateWindow } from "./queries/tokens";
import { openDb } from "./client";
import { rateDecision } from "@/lib/api/rate-limit";
import { findRoundByCode } from "./queries/surveys";
import { auditLog, publicationVersions, users } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,age,product,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const row = (id: string, village: string) =>
  `${id},${village},KJ,female,37,emping Bu Sari,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,gt75,increased,local,producer_only,yes,yes,government college`;
const file = (rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join("\n"));

describe.each(TARGETS)("publishing on $name", ({ setUp }) => {
  let t: TestDb;
  let researcher: PublishActor;
  let lamsel: PublishActor;

  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    const made = await t.handle.db
      .insert(users)
      .values([
        { username: "peneliti-p", displayName: "P", passwordHash: "x", role: "researcher" },
        { username: "lamsel-p", displayName: "L", passwordHash: "x", role: "regency_official" },
      ])
      .returning();
    researcher = { id: made[0]!.id, username: "peneliti-p", role: "researcher", regions: [] };
    lamsel = { id: made[1]!.id, username: "lamsel-p", role: "regency_official", regions: [] };
    const rows = [...Array.from({ length: 6 }, (_, i) => row(`K${i}`, "18.01.16.2009")), row("C1", "18.01.16.2004")];
    await t.handle.db.transaction((tx) =>
      commitImport(tx, { kind: "respondents", fileName: "k.csv", bytes: file(rows), mode: "all", round: { code: "PUB-R", name: "Pub R", source: "test", licence: "CC BY 4.0" }, actor: researcher }),
    );
  });
  afterAll(async () => t?.dispose());

  const draft = (over: Record<string, unknown> = {}) =>
    publicationDraftSchema.parse({
      title: "Emping Kunjir",
      authors: "Siti Rahmawati",
      abstract: "Ringkas.",
      body: "## Temuan\n\nNilai tambah tinggi.",
      roundCode: "PUB-R",
      figures: [{ kind: "indicator", field: "value_added" }, { kind: "scores", unit: "village" }],
      includeDataset: true,
      ...over,
    });

  it("a draft round is invisible to the public pages and the token-less API", async () => {
    const db = t.handle.db;
    expect((await listPublicRounds(db)).map((r) => r.code)).toEqual(["IR-LAMSEL-2019"]);
    expect(await getPublicRound(db, "PUB-R")).toBeNull();
    const round = (await findRoundByCode(db, "PUB-R"))!;
    expect(await publicRoundAnswers(db, round.id)).toEqual([]);
    expect(await publicSnapshots(db, { roundId: round.id, unitType: "village" })).toEqual([]);
  });

  it("refuses to publish on a draft round; once the round is published, freezes figures, dataset and citation with checksums", async () => {
    const db = t.handle.db;
    await db.transaction((tx) => createPublication(tx, researcher, "emping-kunjir", draft()));
    await expect(db.transaction((tx) => publishPublication(tx, researcher, "emping-kunjir", "https://portal.example"))).rejects.toMatchObject({ code: "conflict" });
    await db.transaction((tx) => changeRound(tx, { ...researcher }, { code: "PUB-R", verb: "publish" }));
    const { sha256 } = await db.transaction((tx) => publishPublication(tx, researcher, "emping-kunjir", "https://portal.example", new Date("2026-11-30T20:00:00Z")));

    const found = (await getPublicVersion(db, "emping-kunjir"))!;
    const v = found.version;
    const snap = v.snapshot as PublishedSnapshot;
    expect(v.status).toBe("published");
    expect(sha256Hex(canonicalJson(snap))).toBe(sha256);
    expect(v.sha256).toBe(sha256);
    expect(sha256Hex(v.datasetCsv!)).toBe(v.datasetSha256);
    expect(sha256Hex(v.dictionaryCsv!)).toBe(v.dictionarySha256);
    // 2026-11-30 20:00 UTC is 1 December in Jakarta: the citation year follows Jakarta
    expect(snap.citation.apa).toBe("Rahmawati, S. (2026). Emping Kunjir (Version 1) [Data set]. Portal Klaster Industri Rumahan. https://portal.example/public/publications/emping-kunjir?version=1");
    expect(snap.figures.map((f) => f.kind)).toEqual(["indicator", "scores"]);
    expect(snap.dataset).toMatchObject({ rows: 7 });

    expect([...v.datasetCsv!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = Buffer.from(v.datasetCsv!).toString("utf8").replace(/^\uFEFF/, "");
    const header = csv.split("\r\n")[0]!.split(",");
    expect(header).not.toContain("product");
    expect(header).not.toContain("respondent_id");
    expect(csv).not.toContain("Bu Sari");
    expect(csv).not.toMatch(/\bK\d\b|\bC1\b/);
    expect(csv).toContain("18.01.16,district");
    expect(Buffer.from(v.dictionaryCsv!).toString("utf8")).toContain("age_band");

    const list = await listPublishedPublications(db, { search: "kunjir", limit: 10, offset: 0 });
    expect(list.items.map((i) => i.slug)).toEqual(["emping-kunjir"]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, "emping-kunjir"));
    expect(audit.map((a) => a.action)).toEqual(["publication.create", "publication.publish"]);
  });

  it("a published version never changes; a new version is a draft; publishing it supersedes the old; withdrawal needs a reason", async () => {
    const db = t.handle.db;
    const before = await db.select().from(publicationVersions);
    await expect(db.transaction((tx) => saveDraft(tx, researcher, "emping-kunjir", draft({ title: "Lain" })))).rejects.toMatchObject({ code: "conflict" });
    expect(await db.select().from(publicationVersions)).toEqual(before);
    await expect(db.transaction((tx) => saveDraft(tx, { ...researcher, id: lamsel.id }, "emping-kunjir", draft()))).rejects.toMatchObject({ code: "not_found" });

    await db.transaction((tx) => newVersion(tx, researcher, "emping-kunjir"));
    await db.transaction((tx) => saveDraft(tx, researcher, "emping-kunjir", draft({ title: "Emping Kunjir, revisi" })));
    await db.transaction((tx) => publishPublication(tx, researcher, "emping-kunjir", "https://portal.example"));
    const statuses = (await db.select().from(publicationVersions)).map((v) => [v.version, v.status]).sort();
    expect(statuses).toEqual([
      [1, "superseded"],
      [2, "published"],
    ]);
    expect(((await getPublicVersion(db, "emping-kunjir", 1))!.version.snapshot as PublishedSnapshot).title).toBe("Emping Kunjir");

    await expect(db.transaction((tx) => withdrawPublication(tx, researcher, "emping-kunjir", ""))).rejects.toMatchObject({ code: "invalid" });
    await db.transaction((tx) => withdrawPublication(tx, researcher, "emping-kunjir", "Kode desa salah"));
    expect((await listPublishedPublications(db, { limit: 10, offset: 0 })).items).toEqual([]);
    expect((await getPublicVersion(db, "emping-kunjir", 2))!.version).toMatchObject({ status: "withdrawn", statusReason: "Kode desa salah" });
  });

  it("tokens: only the hash is stored; a revoked or expired token authenticates nobody; use is counted", async () => {
    const db = t.handle.db;
    const { id, secret } = await db.transaction((tx) => createToken(tx, lamsel, { name: "x", days: 30 }));
    const stored = JSON.stringify(await db.execute(`select * from api_tokens`));
    expect(stored).not.toContain(secret);
    const auth = await authenticateToken(db, secret);
    expect(auth).toMatchObject({ ok: true, user: { id: lamsel.id, role: "regency_official" } });
    expect(await authenticateToken(db, secret, new Date(Date.now() + 31 * 86_400_000))).toEqual({ ok: false });
    expect(await authenticateToken(db, secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A"))).toEqual({ ok: false });
    await expect(db.transaction((tx) => revokeToken(tx, researcher, id))).rejects.toMatchObject({ code: "not_found" });
    await db.transaction((tx) => revokeToken(tx, lamsel, id));
    expect(await authenticateToken(db, secret)).toEqual({ ok: false });
    const audit = (await db.select().from(auditLog).where(eq(auditLog.entityType, "api_token"))).map((a) => [a.action, (a.before as { useCount?: number } | null)?.useCount ?? null]);
    expect(audit).toEqual([
      ["token.create", null],
      ["token.revoke", 1],
    ]);
  });

  it("API rate windows live in the database: every connection (every server process) counts into one window", async () => {
    const db = t.handle.db;
    const second = t.databaseUrl ? await openDb({ databaseUrl: t.databaseUrl }) : null;
    try {
      const dbs = second ? [db, second.db] : [db];
      const limit = { limit: 4, windowMs: 60_000 };
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push(rateDecision({ ...(await hitRateWindow(dbs[i % dbs.length]!, "token:rl-test", limit.windowMs)), ...limit }));
      expect(decisions.map((d) => d.ok)).toEqual([true, true, true, true, false, false]);
      expect(decisions[4]).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
      expect((decisions[4] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(50);
      // another key has its own window; an expired window starts again at 1
      expect(await hitRateWindow(db, "ip:127.0.0.1", limit.windowMs)).toMatchObject({ count: 1 });
      await db.execute(`update api_rate_windows set window_start = now() - interval '61 seconds' where key = 'token:rl-test'`);
      expect(await hitRateWindow(db, "token:rl-test", limit.windowMs)).toMatchObject({ count: 1 });
    } finally {
      await second?.close();
    }
  });
});
