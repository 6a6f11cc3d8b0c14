import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { PAGE_SIZE } from "@/lib/pagination";
import { assessQuality } from "@/lib/surveys/quality";
import { synthOptionsSchema } from "@/lib/synth/options";
import { rescoreRound } from "@/services/rescore";
import { synthesizeRound } from "@/services/synth";
import { qualityIssuePage, qualityOverview, respondentCountPage, type CountPage } from "./queries/quality";
import { countClusters, countPktd, findRoundByCode, listClusters, listPktd, listRespondentAnswers, type PktdFilter } from "./queries/surveys";
import { qualitySummaries, respondents } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "quality-test", role: "administrator" as const, regions: [] };
const ministry = { id: null, role: "ministry_staff" as const, regions: [] };
type Viewer = { id: null; role: "administrator" | "ministry_staff" | "regency_official"; regions: string[] };

/** Every page of a paginated list, concatenated. */
async function allPages<T>(page: (offset: number, limit: number) => Promise<T[]>, limit = 7): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += limit) {
    const rows = await page(offset, limit);
    out.push(...rows);
    if (rows.length < limit) return out;
  }
}

describe.each(TARGETS)("data quality and paginated data lists on $name", ({ setUp }) => {
  let t: TestDb;
  let roundId: number;
  let regency: string;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    await synthesizeRound(t.handle.db, admin, synthOptionsSchema.parse({ villages: 40, respondents: 600, seed: 5, round: "SYN-Q" }));
    roundId = (await findRoundByCode(t.handle.db, "SYN-Q"))!.id;
    const [first] = await t.handle.db.select({ code: qualitySummaries.regencyCode }).from(qualitySummaries).where(eq(qualitySummaries.roundId, roundId)).orderBy(qualitySummaries.regencyCode).limit(1);
    regency = first!.code;
  });
  afterAll(async () => t?.dispose());

  /** What the page showed before: the pure checks over every answer the viewer may see. */
  async function raw(viewer: Viewer) {
    return assessQuality((await listRespondentAnswers(t.handle.db, viewer, roundId)).map((r) => r.answers as Record<string, unknown>));
  }

  /** The stored figures in the shape of the pure report, every page read. */
  async function stored(viewer: Viewer, order: Pick<CountPage, "sort" | "dir"> = { sort: "code", dir: "asc" }) {
    const db = t.handle.db;
    const o = await qualityOverview(db, viewer, roundId);
    const counts = (by: "village" | "cluster") => allPages((offset, limit) => respondentCountPage(db, viewer, roundId, by, { ...order, offset, limit }));
    const issues = (kind: "out_of_pattern" | "duplicate") => allPages((offset, limit) => qualityIssuePage(db, viewer, roundId, kind, { offset, limit }), 2);
    return {
      overview: o,
      n: o.n,
      missing: RESPONDENT_FIELDS.map((f) => ({ field: f.name, required: f.required, missing: o.missing.get(f.name) ?? 0 })),
      outOfPattern: (await issues("out_of_pattern")).map((i) => ({ respondentId: i.respondentId, field: i.field, value: i.value, rule: i.rule })),
      duplicates: (await issues("duplicate")).map((i) => i.respondentIds),
      perVillage: await counts("village"),
      perCluster: await counts("cluster"),
    };
  }

  async function expectSameAsRaw(viewer: Viewer) {
    const [want, got] = await Promise.all([raw(viewer), stored(viewer)]);
    expect(got.n).toBe(want.n);
    expect(got.missing).toEqual(want.missing);
    expect(got.outOfPattern).toEqual(want.outOfPattern);
    expect(got.duplicates).toEqual(want.duplicates);
    expect(got.perVillage).toEqual(want.perVillage);
    // the pure report sorts "no cluster" by the word null; the page shows it first
    const byCode = (x: { code: string | null }[]) => [...x].sort((a, b) => String(a.code).localeCompare(String(b.code)));
    expect(byCode(got.perCluster)).toEqual(byCode(want.perCluster));
    expect(got.perCluster[0]?.code ?? null).toBeNull();
    expect(got.overview.villages).toBe(want.perVillage.length);
    expect(got.overview.clusters).toBe(want.perCluster.length);
    return got;
  }

  it("stores, with the rescore, the figures the pure checks give over every answer: nationally and within a regency", async () => {
    const national = await expectSameAsRaw(ministry);
    expect(national.n).toBe(600);
    expect(national.overview.stored).toBe(true);
    const official: Viewer = { id: null, role: "regency_official", regions: [regency] };
    const mine = await expectSameAsRaw(official);
    expect(mine.n).toBeGreaterThan(0);
    expect(mine.n).toBeLessThan(600);
    expect(mine.perVillage.every((v) => v.code!.startsWith(`${regency}.`))).toBe(true);
    // a province and one of its regencies: each regency counted once
    await expectSameAsRaw({ ...official, regions: [regency.slice(0, 2), regency] });
    // an official elsewhere sees nothing of it
    const elsewhere = await stored({ id: null, role: "regency_official", regions: ["94.71"] });
    expect([elsewhere.n, elsewhere.perVillage.length, elsewhere.outOfPattern.length]).toEqual([0, 0, 0]);
  });

  it("sorts respondents per village by count, largest first, ties by code", async () => {
    const got = await stored(ministry, { sort: "n", dir: "desc" });
    const want = [...got.perVillage].sort((a, b) => b.n - a.n || a.code!.localeCompare(b.code!));
    expect(got.perVillage).toEqual(want);
  });

  it("follows the respondents: a duplicate and an out-of-pattern answer appear after the rescore, in scope only, and go when the rows go", async () => {
    const db = t.handle.db;
    const [source] = await db.select().from(respondents).where(and(eq(respondents.roundId, roundId), like(respondents.villageCode, `${regency}.%`))).orderBy(respondents.respondentId).limit(1);
    const answers = source!.answers as Record<string, unknown>;
    const added = [
      { ...source!, id: undefined, respondentId: "ZZ-COPY", answers: { ...answers, respondent_id: "ZZ-COPY" }, rowHash: "copy" },
      { ...source!, id: undefined, respondentId: "ZZ-ODD", answers: { ...answers, respondent_id: "ZZ-ODD", gender: "x", age: 7 }, rowHash: "odd" },
    ];
    await db.insert(respondents).values(added);
    await db.transaction((tx) => rescoreRound(tx, roundId));

    const national = await expectSameAsRaw(ministry);
    expect(national.duplicates).toContainEqual([source!.respondentId, "ZZ-COPY"]);
    expect(national.outOfPattern).toEqual([
      { respondentId: "ZZ-ODD", field: "gender", value: "x", rule: "code" },
      { respondentId: "ZZ-ODD", field: "age", value: "7", rule: "range" },
    ]);
    expect(national.overview.outOfPattern).toBe(2);
    await expectSameAsRaw({ id: null, role: "regency_official", regions: [regency] });
    expect((await stored({ id: null, role: "regency_official", regions: ["94.71"] })).duplicates).toEqual([]);

    // only the regency with new rows was recomputed
    const before = await db.select().from(qualitySummaries).where(eq(qualitySummaries.roundId, roundId));
    await db.delete(respondents).where(and(eq(respondents.roundId, roundId), sql`${respondents.respondentId} in ('ZZ-COPY', 'ZZ-ODD')`));
    await db.transaction((tx) => rescoreRound(tx, roundId));
    const after = await db.select().from(qualitySummaries).where(eq(qualitySummaries.roundId, roundId));
    const moved = after.filter((a) => before.find((b) => b.regencyCode === a.regencyCode)!.inputsHash !== a.inputsHash).map((a) => a.regencyCode);
    expect(moved).toEqual([regency]);
    expect((await expectSameAsRaw(ministry)).outOfPattern).toEqual([]);

    // a regency left without respondents leaves nothing behind
    await db.delete(respondents).where(and(eq(respondents.roundId, roundId), like(respondents.villageCode, `${regency}.%`)));
    await db.transaction((tx) => rescoreRound(tx, roundId));
    expect((await db.select().from(qualitySummaries).where(eq(qualitySummaries.roundId, roundId))).map((s) => s.regencyCode)).not.toContain(regency);
    expect((await stored({ id: null, role: "regency_official", regions: [regency] })).perVillage).toEqual([]);
    await expectSameAsRaw(ministry);
  });

  it("says when nothing is stored for a round that has respondents", async () => {
    await t.handle.db.execute(sql`delete from quality_counts where round_id = ${roundId}`);
    expect((await qualityOverview(t.handle.db, ministry, roundId)).stored).toBe(false);
    await t.handle.db.execute(sql`delete from quality_summaries where round_id = ${roundId}`);
    await t.handle.db.transaction((tx) => rescoreRound(tx, roundId));
    expect((await qualityOverview(t.handle.db, ministry, roundId)).stored).toBe(true);
  });

  it("pages PKTD records: every page together is the whole filtered list, counted in SQL, within the viewer's regions", async () => {
    const db = t.handle.db;
    const all = await listPktd(db, ministry);
    expect(all.length).toBeGreaterThan(PAGE_SIZE / 10);
    const province = all[0]!.villageCode.slice(0, 2);
    const year = all[0]!.year;
    const filters: PktdFilter[] = [{}, { region: province }, { year }, { region: province, year }, { region: "94.71" }];
    for (const filter of filters) {
      const whole = await listPktd(db, ministry, filter);
      expect(await countPktd(db, ministry, filter)).toBe(whole.length);
      const paged = await allPages((offset, limit) => listPktd(db, ministry, filter, { sort: "village", dir: "asc", offset, limit }));
      expect(paged).toEqual(whole);
      expect(whole.every((r) => (!filter.region || r.villageCode.startsWith(`${filter.region}.`)) && (!filter.year || r.year === filter.year))).toBe(true);
    }
    const byYear = await allPages((offset, limit) => listPktd(db, ministry, {}, { sort: "year", dir: "desc", offset, limit }));
    expect(byYear.map((r) => `${r.year}|${r.villageCode}`)).toEqual(
      [...all].sort((a, b) => b.year - a.year || (a.villageCode < b.villageCode ? -1 : 1)).map((r) => `${r.year}|${r.villageCode}`),
    );
    // a regional official filtering on someone else's region gets nothing, not that region
    const official: Viewer = { id: null, role: "regency_official", regions: ["18.01"] };
    expect(await countPktd(db, official, { region: province === "18" ? "94" : province })).toBe(0);
    expect((await listPktd(db, official)).every((r) => r.villageCode.startsWith("18.01."))).toBe(true);
  });

  it("pages a round's clusters by code or by village, each with all its members", async () => {
    const db = t.handle.db;
    const whole = await listClusters(db, ministry, roundId);
    expect(await countClusters(db, ministry, roundId)).toBe(whole.length);
    expect(await allPages((offset, limit) => listClusters(db, ministry, roundId, { sort: "code", dir: "asc", offset, limit }))).toEqual(whole);
    const byVillage = await allPages((offset, limit) => listClusters(db, ministry, roundId, { sort: "village", dir: "desc", offset, limit }));
    expect(byVillage.map((c) => c.code)).toEqual(
      [...whole].sort((a, b) => (a.villageCode === b.villageCode ? (a.code < b.code ? -1 : 1) : a.villageCode < b.villageCode ? 1 : -1)).map((c) => c.code),
    );
    const members = await db.select({ n: sql<number>`count(*)::int` }).from(respondents).where(and(eq(respondents.roundId, roundId), sql`${respondents.clusterCode} is not null`));
    expect(whole.reduce((s, c) => s + c.members, 0)).toBe(Number(members[0]!.n));
  });
});
