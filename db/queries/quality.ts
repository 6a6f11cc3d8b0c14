import { and, asc, desc, eq, like, notInArray, sql, type SQL } from "drizzle-orm";
import type { RegencyQuality } from "@/lib/surveys/quality";
import type { DbOrTx } from "../client";
import { qualityCounts, qualityIssues, qualitySummaries, respondents, type QualityIssueKind } from "../schema";
import { scopeCondition, visibleRoundCondition, type Viewer } from "./scope";

/** rows per insert: 6 parameters each, far below the 65,535 a statement may carry */
const BATCH = 2_000;

// ---- the rescore's writes (services/quality.ts) ----

/** Stored regencies of a round and the hash of the rows each was computed from. */
export async function qualityHashes(db: DbOrTx, roundId: number): Promise<Map<string, string>> {
  const rows = await db.select({ code: qualitySummaries.regencyCode, hash: qualitySummaries.inputsHash }).from(qualitySummaries).where(eq(qualitySummaries.roundId, roundId));
  return new Map(rows.map((r) => [r.code, r.hash]));
}

/** Replaces everything stored for one regency of a round. */
export async function replaceRegencyQuality(tx: DbOrTx, q: { roundId: number; regency: string; inputsHash: string; quality: RegencyQuality }) {
  const inRegency = (column: typeof qualityCounts.villageCode | typeof qualityIssues.villageCode) => like(column, `${q.regency}.%`);
  await tx.delete(qualityCounts).where(and(eq(qualityCounts.roundId, q.roundId), inRegency(qualityCounts.villageCode)));
  await tx.delete(qualityIssues).where(and(eq(qualityIssues.roundId, q.roundId), inRegency(qualityIssues.villageCode)));
  const { counts, outOfPattern, duplicates } = q.quality;
  for (let i = 0; i < counts.length; i += BATCH) {
    await tx.insert(qualityCounts).values(counts.slice(i, i + BATCH).map((c) => ({ roundId: q.roundId, ...c })));
  }
  const issues: (typeof qualityIssues.$inferInsert)[] = [
    ...outOfPattern.map((o) => ({ roundId: q.roundId, kind: "out_of_pattern" as const, villageCode: o.villageCode, respondentId: o.respondentId, field: o.field, value: o.value, rule: o.rule, ordinal: o.ordinal })),
    ...duplicates.map((d) => ({ roundId: q.roundId, kind: "duplicate" as const, villageCode: d.villageCode, respondentId: d.respondentIds[0]!, respondentIds: d.respondentIds })),
  ];
  for (let i = 0; i < issues.length; i += BATCH) await tx.insert(qualityIssues).values(issues.slice(i, i + BATCH));
  await tx
    .insert(qualitySummaries)
    .values({ roundId: q.roundId, regencyCode: q.regency, n: q.quality.n, missing: q.quality.missing, inputsHash: q.inputsHash })
    .onConflictDoUpdate({
      target: [qualitySummaries.roundId, qualitySummaries.regencyCode],
      set: { n: sql`excluded.n`, missing: sql`excluded.missing`, inputsHash: sql`excluded.inputs_hash`, computedAt: sql`now()` },
    });
}

/** Removes what is stored for regencies of a round that no longer have respondents. */
export async function deleteQualityExcept(tx: DbOrTx, roundId: number, regencies: readonly string[]) {
  const gone = (column: typeof qualityCounts.villageCode | typeof qualityIssues.villageCode) =>
    regencies.length ? notInArray(sql`substr(${column}, 1, 5)`, [...regencies]) : undefined;
  await tx.delete(qualitySummaries).where(and(eq(qualitySummaries.roundId, roundId), regencies.length ? notInArray(qualitySummaries.regencyCode, [...regencies]) : undefined));
  await tx.delete(qualityCounts).where(and(eq(qualityCounts.roundId, roundId), gone(qualityCounts.villageCode)));
  await tx.delete(qualityIssues).where(and(eq(qualityIssues.roundId, roundId), gone(qualityIssues.villageCode)));
}

// ---- the quality page's reads, within the viewer's regions ----

const countsIn = (viewer: Viewer, roundId: number) =>
  and(eq(qualityCounts.roundId, roundId), scopeCondition(viewer, qualityCounts.villageCode), visibleRoundCondition(viewer, qualityCounts.roundId));

const issuesIn = (viewer: Viewer, roundId: number, kind?: QualityIssueKind) =>
  and(
    eq(qualityIssues.roundId, roundId),
    kind ? eq(qualityIssues.kind, kind) : undefined,
    scopeCondition(viewer, qualityIssues.villageCode),
    visibleRoundCondition(viewer, qualityIssues.roundId),
  );

/**
 * A round's respondents, villages and clusters (a "no cluster" group counts as one), blank answers
 * per column and findings of each kind within the viewer's regions: a few small sums over the
 * stored regencies. `stored` is false when the round has respondents here but nothing stored yet.
 */
export async function qualityOverview(db: DbOrTx, viewer: Viewer, roundId: number) {
  const totalsQuery = db
    .select({
      n: sql<number>`coalesce(sum(${qualityCounts.n}), 0)::int`,
      villages: sql<number>`count(distinct ${qualityCounts.villageCode})::int`,
      clusters: sql<number>`(count(distinct ${qualityCounts.clusterCode}) + coalesce(bool_or(${qualityCounts.clusterCode} is null)::int, 0))::int`,
    })
    .from(qualityCounts)
    .where(countsIn(viewer, roundId));
  const missingQuery = db
    .select({ field: sql<string>`m.key`, n: sql<number>`sum(m.value::int)::int` })
    .from(sql`${qualitySummaries}, jsonb_each_text(${qualitySummaries.missing}) as m`)
    .where(and(eq(qualitySummaries.roundId, roundId), scopeCondition(viewer, qualitySummaries.regencyCode), visibleRoundCondition(viewer, qualitySummaries.roundId)))
    .groupBy(sql`m.key`);
  const issuesQuery = db
    .select({ kind: qualityIssues.kind, n: sql<number>`count(*)::int` })
    .from(qualityIssues)
    .where(issuesIn(viewer, roundId))
    .groupBy(qualityIssues.kind);
  const [[totals], missing, issues] = await Promise.all([totalsQuery, missingQuery, issuesQuery]);
  const n = Number(totals?.n ?? 0);
  let stored = true;
  if (n === 0) {
    const [any] = await db
      .select({ one: sql<number>`1` })
      .from(respondents)
      .where(and(eq(respondents.roundId, roundId), scopeCondition(viewer, respondents.villageCode)))
      .limit(1);
    stored = !any;
  }
  const count = (kind: QualityIssueKind) => Number(issues.find((i) => i.kind === kind)?.n ?? 0);
  return {
    n,
    villages: Number(totals?.villages ?? 0),
    clusters: Number(totals?.clusters ?? 0),
    missing: new Map(missing.map((m) => [m.field, Number(m.n)])),
    outOfPattern: count("out_of_pattern"),
    duplicates: count("duplicate"),
    stored,
  };
}

export type CountSort = "code" | "n";
export type CountPage = { sort: CountSort; dir: "asc" | "desc"; offset: number; limit: number };

/** One page of respondents per village (or per cluster, null first: no cluster), by code or by count. */
export async function respondentCountPage(db: DbOrTx, viewer: Viewer, roundId: number, by: "village" | "cluster", page: CountPage) {
  const code = by === "village" ? qualityCounts.villageCode : qualityCounts.clusterCode;
  const n = sql<number>`sum(${qualityCounts.n})::int`;
  const order: SQL[] =
    page.sort === "n" ? [page.dir === "desc" ? desc(n) : asc(n), sql`${code} asc nulls first`] : [page.dir === "desc" ? sql`${code} desc nulls last` : sql`${code} asc nulls first`];
  const rows = await db
    .select({ code, n })
    .from(qualityCounts)
    .where(countsIn(viewer, roundId))
    .groupBy(code)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => ({ code: r.code, n: Number(r.n) }));
}

/** One page of findings of one kind, in respondent order (a respondent's findings in the instrument's order). */
export async function qualityIssuePage(db: DbOrTx, viewer: Viewer, roundId: number, kind: QualityIssueKind, page: { offset: number; limit: number }) {
  return db
    .select({ respondentId: qualityIssues.respondentId, field: qualityIssues.field, value: qualityIssues.value, rule: qualityIssues.rule, respondentIds: qualityIssues.respondentIds })
    .from(qualityIssues)
    .where(issuesIn(viewer, roundId, kind))
    .orderBy(asc(qualityIssues.respondentId), asc(qualityIssues.ordinal), asc(qualityIssues.id))
    .limit(page.limit)
    .offset(page.offset);
}
