import { and, eq, sql } from "drizzle-orm";
import { addAnswerCounts, countAnswers } from "@/lib/indicators/counts";
import { INDICATOR_FIELDS } from "@/lib/indicators/fields";
import { indicatorTables, indicatorTablesOf } from "@/lib/indicators/tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStoredRubric } from "@/lib/scoring/stored-score";
import { mergeScores, policySupportPart } from "@/lib/scoring/merge-scores";
import { policySupport } from "@/lib/scoring/policy-support";
import { scoreUnit, type Answers } from "@/lib/scoring/score-unit";
import { synthOptionsSchema } from "@/lib/synth/options";
import { rescoreRound } from "@/services/rescore";
import { synthesizeRound } from "@/services/synth";
import { findRoundByCode } from "./queries/surveys";
import { answerCounts, levelSummaries, pktdRecords, programmeActivities, clusters, respondents, rubricVersions, scoreSnapshots } from "./schema";
import { TARGETS, type TestDb } from "./test/targets";

const admin = { id: null, username: "synth-test", role: "administrator" as const, regions: [] };
const count = async (t: TestDb, q: ReturnType<typeof sql>) => {
  const r = (await t.handle.db.execute(q)) as unknown;
  const rows = (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { n: number }[];
  return Number(rows[0]!.n);
};

describe.each(TARGETS)("a synthetic round on $name", ({ setUp }) => {
  let t: TestDb;
  let roundId: number;
  beforeAll(async () => {
    t = await setUp({ demoAccounts: false });
    await synthesizeRound(t.handle.db, admin, synthOptionsSchema.parse({ villages: 50, respondents: 1000, seed: 11, round: "SYN-IT" }));
    roundId = (await findRoundByCode(t.handle.db, "SYN-IT"))!.id;
  });
  afterAll(async () => t?.dispose());

  async function allRespondents() {
    const rows = await t.handle.db.select({ answers: respondents.answers, villageCode: respondents.villageCode }).from(respondents).where(eq(respondents.roundId, roundId)).orderBy(respondents.respondentId);
    return rows.map((r) => ({ ...r, answers: r.answers as Answers }));
  }
  async function rubric() {
    const [row] = await t.handle.db.select().from(rubricVersions).where(eq(rubricVersions.version, "rubrik-2019-v1"));
    return parseStoredRubric(row!.definition, "v1");
  }
  const summaries = () => t.handle.db.select().from(levelSummaries).where(eq(levelSummaries.roundId, roundId)).orderBy(levelSummaries.level, levelSummaries.code);

  it("writes the rows asked for, marked synthetic, published and scored", async () => {
    const round = (await findRoundByCode(t.handle.db, "SYN-IT"))!;
    expect(round).toMatchObject({ origin: "synthetic", status: "published", periodEnd: "2025-06-30" });
    expect(await count(t, sql`select count(*)::int as n from ${respondents} where round_id = ${roundId}`)).toBe(1000);
    expect(await count(t, sql`select count(distinct village_code)::int as n from ${respondents} where round_id = ${roundId}`)).toBe(50);
    expect(await count(t, sql`select count(*)::int as n from ${clusters} where round_id = ${roundId}`)).toBe(50);
    expect(await count(t, sql`select count(*)::int as n from ${pktdRecords} where origin = 'synthetic'`)).toBeGreaterThan(30);
    expect(await count(t, sql`select count(*)::int as n from ${programmeActivities} a join ${clusters} c on c.id = a.cluster_id where c.round_id = ${roundId}`)).toBeGreaterThan(0);
    expect(await count(t, sql`select count(*)::int as n from ${scoreSnapshots} where round_id = ${roundId} and unit_type = 'village'`)).toBe(50);
  });

  it("keeps province and nation summaries equal to scoring the raw respondents", async () => {
    const rows = await allRespondents();
    const v1 = await rubric();
    const pktd = (await t.handle.db.select({ data: pktdRecords.data }).from(pktdRecords)).map((p) => p.data as Answers);
    const rawOf = (prefix: string) => {
      const mine = rows.filter((r) => prefix === "" || r.villageCode.startsWith(`${prefix}.`));
      const villages = [...new Set(mine.map((r) => r.villageCode))];
      return { score: scoreUnit(v1, mine.map((r) => r.answers)), ps: policySupport(v1, mine.map((r) => r.answers), pktd, villages, 2025) };
    };
    const stored = await summaries();
    const provinces = stored.filter((s) => s.level === "province");
    expect(provinces.map((p) => p.code)).toEqual([...new Set(rows.map((r) => r.villageCode.slice(0, 2)))].sort());
    for (const s of stored) {
      const raw = rawOf(s.level === "nation" ? "" : s.code);
      expect(s.n).toBe(raw.score.n);
      expect(s.readiness).toBeCloseTo(raw.score.readiness!, 9);
      expect(s.stratum).toBe(raw.score.stratum);
      expect(s.socialCapital).toBeCloseTo(raw.score.socialCapital.index!, 9);
      expect(s.policySupport).toBeCloseTo(raw.ps.index, 9);
      expect(s.result.score.ir).toEqual(raw.score.ir);
    }
    const nation = stored.find((s) => s.level === "nation")!;
    expect(Object.values(nation.result.units.cluster).reduce((a, b) => a + b, 0)).toBe(50);
    expect(nation.result.units.village.sentra + nation.result.units.village.rintisan + nation.result.units.village.matang + nation.result.units.village.none).toBe(50);
    // and the same merge the pure function gives from the regency snapshots
    const regencies = await t.handle.db.select().from(scoreSnapshots).where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.unitType, "regency")));
    const merged = mergeScores(v1, regencies.map((r) => ({ score: r.result.score, policySupport: policySupportPart(r.result.policySupport) })));
    expect(nation.readiness).toBeCloseTo(merged.score.readiness!, 12);
  });

  it("a PKTD edit rescores only the village's units and its province and the nation, and matches a full recompute", async () => {
    const [target] = await t.handle.db.select().from(pktdRecords).where(eq(pktdRecords.origin, "synthetic")).limit(1);
    const village = target!.villageCode;
    const beforeSnaps = new Map((await t.handle.db.select().from(scoreSnapshots).where(eq(scoreSnapshots.roundId, roundId))).map((s) => [`${s.unitType}|${s.unitCode}`, s]));
    const beforeSummaries = new Map((await summaries()).map((s) => [`${s.level}|${s.code}`, s]));
    const data = { ...(target!.data as Record<string, unknown>), hi_beneficiaries: 99, contracted_out: "no", heavy_equipment: "no", during_harvest: "no" };
    await t.handle.db.update(pktdRecords).set({ data, rowHash: "edited" }).where(and(eq(pktdRecords.villageCode, village), eq(pktdRecords.year, target!.year)));
    const { rescoreVillage } = await import("@/services/rescore");
    await t.handle.db.transaction((tx) => rescoreVillage(tx, village));

    const after = await t.handle.db.select().from(scoreSnapshots).where(eq(scoreSnapshots.roundId, roundId));
    const changed = after.filter((s) => beforeSnaps.get(`${s.unitType}|${s.unitCode}`)!.inputsHash !== s.inputsHash).map((s) => `${s.unitType}|${s.unitCode}`).sort();
    const district = village.split(".").slice(0, 3).join(".");
    const regency = village.split(".").slice(0, 2).join(".");
    expect(changed.filter((k) => !k.startsWith("cluster|"))).toEqual([`district|${district}`, `regency|${regency}`, `village|${village}`].sort());
    expect(changed.filter((k) => k.startsWith("cluster|")).every((k) => k.includes(village))).toBe(true);
    const afterSummaries = await summaries();
    const rewritten = afterSummaries.filter((s) => beforeSummaries.get(`${s.level}|${s.code}`)!.inputsHash !== s.inputsHash).map((s) => `${s.level}|${s.code}`);
    expect(rewritten.sort()).toEqual(["nation|ID", `province|${village.slice(0, 2)}`]);

    // a full recompute from nothing gives the same snapshots and summaries
    const strip = <T extends { id: number; computedAt: Date }>(rows: T[]) => rows.map(({ id: _id, computedAt: _at, ...rest }) => rest);
    const incremental = { snaps: strip(after).sort((a, b) => `${a.unitType}${a.unitCode}`.localeCompare(`${b.unitType}${b.unitCode}`)), sums: strip(afterSummaries) };
    const counted = () => t.handle.db.select().from(answerCounts).where(eq(answerCounts.roundId, roundId)).orderBy(answerCounts.regencyCode);
    const incrementalCounts = await counted();
    await t.handle.db.delete(scoreSnapshots).where(eq(scoreSnapshots.roundId, roundId));
    await t.handle.db.delete(levelSummaries).where(eq(levelSummaries.roundId, roundId));
    await t.handle.db.delete(answerCounts).where(eq(answerCounts.roundId, roundId));
    await t.handle.db.transaction((tx) => rescoreRound(tx, roundId));
    const full = await t.handle.db.select().from(scoreSnapshots).where(eq(scoreSnapshots.roundId, roundId));
    expect(strip(full).sort((a, b) => `${a.unitType}${a.unitCode}`.localeCompare(`${b.unitType}${b.unitCode}`))).toEqual(incremental.snaps);
    expect(strip(await summaries())).toEqual(incremental.sums);
    expect(await counted()).toEqual(incrementalCounts);
  });

  it("keeps each regency's answer counts, which summed give the indicator tables of counting every answer", async () => {
    const { regencyAnswerCounts } = await import("./queries/summaries");
    const v1 = await rubric();
    const rows = await allRespondents();
    const national = await regencyAnswerCounts(t.handle.db, admin, { roundId, version: "rubrik-2019-v1" });
    expect(national.complete).toBe(true);
    const raw = countAnswers(rows.map((r) => r.answers), INDICATOR_FIELDS, v1.irClasses);
    expect(addAnswerCounts(national.counts)).toEqual(raw);
    expect(indicatorTablesOf(addAnswerCounts(national.counts), "id")).toEqual(indicatorTables(rows.map((r) => r.answers), "id", v1.irClasses));
    // one province: the regencies under it
    const province = rows[0]!.villageCode.slice(0, 2);
    const within = await regencyAnswerCounts(t.handle.db, admin, { roundId, version: "rubrik-2019-v1", regionCode: province });
    expect(addAnswerCounts(within.counts)).toEqual(countAnswers(rows.filter((r) => r.villageCode.startsWith(`${province}.`)).map((r) => r.answers), INDICATOR_FIELDS, v1.irClasses));
    // a district, or a district official's scope, is not whole regencies: counted from its respondents, same figures
    const { selectedAnswerCounts } = await import("./queries/summaries");
    const district = rows[0]!.villageCode.split(".").slice(0, 3).join(".");
    const ofDistrict = countAnswers(rows.filter((r) => r.villageCode.startsWith(`${district}.`)).map((r) => r.answers), INDICATOR_FIELDS, v1.irClasses);
    const q = { roundId, version: "rubrik-2019-v1", irClasses: v1.irClasses };
    expect(await selectedAnswerCounts(t.handle.db, admin, { ...q, region: district })).toEqual(ofDistrict);
    expect(await selectedAnswerCounts(t.handle.db, { id: null, role: "regency_official" as const, regions: [district] }, q)).toEqual(ofDistrict);
    expect(await selectedAnswerCounts(t.handle.db, admin, { ...q, region: province })).toEqual(addAnswerCounts(within.counts));
    // a regency scored before counts were kept has none: the caller is told to count
    const [some] = await t.handle.db.select().from(answerCounts).where(eq(answerCounts.roundId, roundId)).limit(1);
    await t.handle.db.update(answerCounts).set({ inputsHash: "older" }).where(and(eq(answerCounts.roundId, roundId), eq(answerCounts.regencyCode, some!.regencyCode)));
    expect((await regencyAnswerCounts(t.handle.db, admin, { roundId, version: "rubrik-2019-v1" })).complete).toBe(false);
    expect(await selectedAnswerCounts(t.handle.db, admin, q)).toEqual(raw);
    await t.handle.db.update(answerCounts).set({ inputsHash: some!.inputsHash }).where(and(eq(answerCounts.roundId, roundId), eq(answerCounts.regencyCode, some!.regencyCode)));
  });

  it("counts respondents per round from stored figures, nationally and within an official's regency", async () => {
    const { respondentCountsByRound } = await import("./queries/summaries");
    expect((await respondentCountsByRound(t.handle.db, admin)).get(roundId)).toBe(1000);
    const [some] = await t.handle.db.select({ code: scoreSnapshots.unitCode, n: scoreSnapshots.n }).from(scoreSnapshots).where(and(eq(scoreSnapshots.roundId, roundId), eq(scoreSnapshots.unitType, "regency"))).limit(1);
    const official = { id: null, username: "o", role: "regency_official" as const, regions: [some!.code] };
    expect((await respondentCountsByRound(t.handle.db, official)).get(roundId)).toBe(
      await count(t, sql`select count(*)::int as n from ${respondents} where round_id = ${roundId} and village_code like ${some!.code + ".%"}`),
    );
    // a province and one of its regencies: each regency counted once
    const province = some!.code.slice(0, 2);
    const overlapping = { ...official, regions: [province, some!.code] };
    expect((await respondentCountsByRound(t.handle.db, overlapping)).get(roundId)).toBe(
      await count(t, sql`select count(*)::int as n from ${respondents} where round_id = ${roundId} and village_code like ${province + ".%"}`),
    );
  });

  it("refuses a second round with the same code", async () => {
    await expect(synthesizeRound(t.handle.db, admin, synthOptionsSchema.parse({ villages: 2, respondents: 10, round: "SYN-IT" }))).rejects.toMatchObject({ code: "conflict" });
  });
});
