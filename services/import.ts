import { randomUUID } from "node:crypto";
import type { Db, DbOrTx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { countStaged, deleteStaged, mergeStagedRespondents, stageRespondents, stagedAnswers } from "@/db/queries/import-staging";
import { roundsTouchingVillages } from "@/db/queries/scores";
import { analyzeSurveyTables } from "@/db/queries/statistics";
import {
  allVillageCodes,
  clusterHashes,
  clusterHomes,
  findRoundById,
  findRoundByCode,
  insertImport,
  insertRound,
  lockImportKeys,
  pktdHashes,
  respondentHashes,
  setImportCounts,
  upsertClusters,
  upsertPktd,
} from "@/db/queries/surveys";
import type { SurveyRound } from "@/db/schema";
import { inScope, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { canSeeRound } from "@/lib/surveys/round-status";
import type { ImportMessage } from "@/lib/import/messages";
import { parseFile, type FileKind, type ParsedFile, type ParsedRow, type Rejected } from "@/lib/import/parse-file";
import type { Budget } from "@/lib/import/budgets";
import { stagingText } from "@/lib/import/staging-text";
import { parseInWorker, type UploadSource } from "@/lib/import/parse-in-worker";
import { checkClusterRegencies, regencyOf } from "@/lib/surveys/cluster-regency";
import { fileHash, planImport, recordHash } from "@/lib/surveys/plan";
import { rescoreRounds } from "@/services/rescore";
import type { NewRoundInput } from "@/lib/surveys/round-schema";

export type ImportKind = FileKind;
export type ImportMode = "all" | "valid_only";
export type { ParsedFile, Rejected };

export type Analysis = {
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  fileError?: ImportMessage;
  columns: string[];
  warnings: ImportMessage[];
  /** file-level errors (missing columns) and every row error */
  errors: ImportMessage[];
  rejected: Rejected[];
  validRows: number;
  plan: { new: number; changed: number; unchanged: number };
  /** cluster codes the respondents file refers to that the round does not have yet */
  clustersToCreate: { code: string; villageCode: string; product: string | null }[];
  /** villages of the valid rows */
  villages: string[];
  /** what the preview promised; a commit whose plan differs (the round changed meanwhile) is refused */
  token: string;
};

/** `batch`: where the file's valid respondent rows wait in the staging table (stageImport) */
type Prepared = { analysis: Analysis; apply: (tx: DbOrTx, roundId: number | null, importId: number, batch: string | undefined) => Promise<void> };

const villageCache = new WeakMap<object, Promise<Set<string>>>();
function knownVillages(db: DbOrTx): Promise<Set<string>> {
  let cached = villageCache.get(db);
  if (!cached) {
    cached = allVillageCodes(db);
    villageCache.set(db, cached);
  }
  return cached;
}

const OUT_OF_SCOPE = {
  id: "desa ini di luar wilayah tanggung jawab Anda",
  en: "this village is outside your regions of responsibility",
};

/**
 * Loads the village list an upload is checked against (83,000 codes, read once per process) when
 * the import form is shown, so the first upload does not read it while other requests wait.
 */
export function warmImportCaches(db: DbOrTx): void {
  void knownVillages(db).catch(() => villageCache.delete(db));
}

/** Reads an upload once (its bytes, or the temporary file it was streamed to), in a worker thread with budgets: the server keeps answering meanwhile. */
export async function parseUpload(db: DbOrTx, kind: ImportKind, fileName: string, source: UploadSource, budget?: Budget): Promise<ParsedFile> {
  return parseInWorker(kind, fileName, source, await knownVillages(db), { budget });
}

/**
 * An upload read in the worker and, for respondents, its valid rows loaded into a staging batch
 * with COPY while the worker reads on (statements that each commit on their own: other requests
 * go on). The parse kept with the pending upload then holds only what the preview plans with; the
 * commit merges the batch. A file found wrong after some rows were loaded leaves none behind.
 */
export async function parseAndStageUpload(db: Db, kind: ImportKind, fileName: string, source: UploadSource, budget?: Budget): Promise<ParsedFile> {
  const batch = randomUUID();
  let loaded = false;
  const load = async (copy: Uint8Array) => {
    loaded = true;
    await stageRespondents(db, [copy]);
  };
  let parsed: ParsedFile;
  try {
    parsed = await parseInWorker(kind, fileName, source, await knownVillages(db), { budget, stage: { batch, load } });
  } catch (e) {
    if (loaded) await deleteStaged(db, batch).catch(() => {}); // the sweep of stale batches is the fallback
    throw e;
  }
  if (loaded && parsed.staged === undefined) await deleteStaged(db, batch);
  return parsed;
}

function cellsOf(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v)]),
  );
}

function counts<K>(plan: { new: K[]; changed: K[]; unchanged: K[] }) {
  return { new: plan.new.length, changed: plan.changed.length, unchanged: plan.unchanged.length };
}

/** The most frequent non-blank value (first seen wins a tie): a new cluster's product from its members' rows. */
function mostCommon(values: (string | null | undefined)[]): string | null {
  const tally = new Map<string, number>();
  for (const v of values) if (v) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of tally) if (best === null || n > tally.get(best)!) best = v;
  return best;
}

/** Plans a parsed file against what the database holds now: scope, cluster regencies, new/changed/unchanged. Writes nothing. */
async function plan(
  db: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  file: { name: string; sha256: string },
  parsed: ParsedFile,
  round: SurveyRound | null,
  origin: "survey" | "illustration" = "survey",
): Promise<Prepared> {
  const base = { kind, fileName: file.name, fileSha256: file.sha256 };
  if (parsed.fileError) {
    const analysis = { ...base, ...parsed, validRows: 0, plan: { new: 0, changed: 0, unchanged: 0 }, clustersToCreate: [], villages: [], token: "file-error" };
    return { analysis, apply: async () => {} };
  }

  // rows outside the actor's regions, or outside their cluster's regency, are rejected like any invalid row
  let rows: ParsedRow[] = [];
  const added: Rejected[] = [];
  for (const row of parsed.rows) {
    if (inScope(actor, row.record.village_code)) rows.push(row);
    else added.push({ line: row.line, cells: cellsOf(row.record), errors: [{ line: row.line, column: "village_code", text: OUT_OF_SCOPE }] });
  }
  if (kind === "respondents") {
    const checked = checkClusterRegencies(rows, round ? await clusterHomes(db, round.id) : new Map(), cellsOf);
    rows = checked.rows;
    added.push(...checked.rejected);
  }
  // rows kept for planning only: their whole cells, for the rejected-rows list, are in staging
  if (parsed.staged && added.length > 0) {
    const full = await stagedAnswers(db, parsed.staged, added.map((r) => r.line));
    for (const r of added) {
      const record = full.get(r.line);
      if (record) r.cells = cellsOf(record);
    }
  }
  const rejected = [...parsed.rejected, ...added].sort((a, b) => a.line - b.line);
  const errors = [...parsed.errors, ...added.flatMap((r) => r.errors)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const villages = [...new Set(rows.map((r) => r.record.village_code))];
  const common = { ...base, columns: parsed.columns, warnings: parsed.warnings, errors, rejected, validRows: rows.length, villages };
  const tokenOf = (p: Analysis["plan"], created: { code: string }[]) =>
    recordHash({ round: round?.id ?? null, plan: p, created: created.map((c) => c.code), rejected: rejected.length });

  if (kind === "respondents") {
    const existing = round ? await respondentHashes(db, round.id) : new Map<string, string>();
    const p = planImport(existing, rows.map((row) => ({ key: String(row.record.respondent_id), hash: row.hash ?? recordHash(row.record) })));
    const knownClusters = round ? await clusterHashes(db, round.id) : new Map<string, string>();
    const members = new Map<string, ParsedRow[]>();
    for (const row of rows) {
      const code = row.record.cluster_code as string | null;
      if (!code || knownClusters.has(code)) continue;
      const list = members.get(code);
      if (list) list.push(row);
      else members.set(code, [row]);
    }
    // valid rows the checks above rejected stay in the staging table, out of the merge
    const kept = new Set(rows.map((r) => r.line));
    const skipLines = parsed.rows.filter((r) => !kept.has(r.line)).map((r) => r.line);
    const clustersToCreate = [...members].map(([code, list]) => ({
      code,
      villageCode: list[0]!.record.village_code,
      product: mostCommon(list.map((r) => r.record.product as string | null)),
    }));
    return {
      analysis: { ...common, plan: counts(p), clustersToCreate, token: tokenOf(counts(p), clustersToCreate) },
      apply: async (tx, roundId, importId, batch) => {
        await upsertClusters(
          tx,
          roundId!,
          clustersToCreate.map((c) => ({ code: c.code, name: c.code, villageCode: c.villageCode, product: c.product, yearEstablished: null, legalEntity: null, rowHash: null })),
        );
        await mergeStagedRespondents(tx, batch!, roundId!, importId, skipLines);
      },
    };
  }

  if (kind === "clusters") {
    const existing = round ? await clusterHashes(db, round.id) : new Map<string, string>();
    const writes = rows.map(({ record }) => ({
      code: String(record.cluster_code),
      name: String(record.name),
      villageCode: record.village_code,
      product: (record.product as string | null) ?? null,
      yearEstablished: (record.year_established as number | null) ?? null,
      legalEntity: (record.legal_entity as string | null) ?? null,
      rowHash: recordHash(record),
    }));
    const p = planImport(existing, writes.map((w) => ({ key: w.code, hash: w.rowHash })));
    const changed = new Set([...p.new, ...p.changed]);
    return {
      analysis: { ...common, plan: counts(p), clustersToCreate: [], token: tokenOf(counts(p), []) },
      apply: (tx, roundId) => upsertClusters(tx, roundId!, writes.filter((w) => changed.has(w.code))),
    };
  }

  const writes = rows.map(({ record }) => ({ villageCode: record.village_code, year: Number(record.year), data: record, rowHash: recordHash(record), origin }));
  const existing = await pktdHashes(db, writes);
  const p = planImport(existing, writes.map((w) => ({ key: `${w.villageCode}|${w.year}`, hash: w.rowHash })));
  const changed = new Set([...p.new, ...p.changed]);
  return {
    analysis: { ...common, plan: counts(p), clustersToCreate: [], token: tokenOf(counts(p), []) },
    apply: (tx, _roundId, importId) => upsertPktd(tx, importId, writes.filter((w) => changed.has(`${w.villageCode}|${w.year}`))),
  };
}

/** The preview of a parsed upload: what committing it would do now. Nothing written. */
export async function previewImport(
  db: DbOrTx,
  actor: Actor & { id?: number | null },
  request: { kind: ImportKind; fileName: string; fileSha256: string; parsed: ParsedFile; roundCode: string | null },
): Promise<Analysis> {
  const found = request.roundCode ? await findRoundByCode(db, request.roundCode) : null;
  // someone else's draft is not there for her: the preview treats the code as a new round
  const round = found && canSeeRound(actor, found) ? found : null;
  return (await plan(db, actor, request.kind, { name: request.fileName, sha256: request.fileSha256 }, request.parsed, round)).analysis;
}

/** Reads and previews a file in this process (tests, the CLI's dry runs): no worker, same budgets. */
export async function analyseImport(
  db: DbOrTx,
  actor: Actor & { id?: number | null },
  request: { kind: ImportKind; fileName: string; bytes: Uint8Array; roundCode: string | null },
): Promise<Analysis> {
  const parsed = await parseFile(request.kind, request.fileName, request.bytes, await knownVillages(db));
  return previewImport(db, actor, { ...request, fileSha256: fileHash(request.bytes), parsed });
}

/**
 * The staging batch of a parsed respondents file: the one its upload was staged into, or a new
 * one loaded now. Other kinds are small and written in the import's transaction.
 */
export async function stageImport(db: DbOrTx, kind: ImportKind, file: ParsedFile): Promise<string | undefined> {
  if (kind !== "respondents" || file.fileError || file.rows.length === 0) return undefined;
  if (file.staged) return file.staged;
  const batch = randomUUID();
  await stageRespondents(db, stagingText(batch, file.rows));
  return batch;
}

export type CommitRequest = {
  kind: ImportKind;
  fileName: string;
  /** the file, read here (CLI, seed); or what the upload's worker already read, with the file's hash */
  bytes?: Uint8Array;
  parsed?: { file: ParsedFile; sha256: string };
  mode: ImportMode;
  /** existing round code, or the fields of a new round */
  round: { code: string } | NewRoundInput | null;
  actor: Actor & { id: number | null; username: string };
  origin?: "survey" | "illustration";
  /** the token of the preview the user confirmed; when the plan differs now, nothing is written */
  previewToken?: string;
  /** the staging batch of `parsed` (stageImport); without one the rows are staged in this transaction */
  staged?: string;
};

/** `ms`: how long the transaction spent planning, writing and rescoring (logs, the bench) */
export type CommitResult = { importId: number; roundId: number | null; analysis: Analysis; ms: { plan: number; write: number; rescore: number } };

/** Rows written past which the planner's statistics of the survey tables are refreshed (statistics.ts). */
const BULK_ROWS = 10_000;

/**
 * Commits in the caller's transaction. Commits into one round run one at a time (advisory
 * lock taken before reading what exists); inside the lock it re-plans against the current
 * data, refuses when that differs from the preview the user confirmed, refuses a file with
 * errors unless mode is valid_only, creates the round when needed, writes, rescores, records history.
 */
export async function commitImport(tx: DbOrTx, request: CommitRequest): Promise<CommitResult> {
  const parsed = request.parsed ?? (request.bytes ? { file: await parseFile(request.kind, request.fileName, request.bytes, await knownVillages(tx)), sha256: fileHash(request.bytes) } : null);
  if (!parsed) throw new AppError("invalid", "file_missing");
  if (request.round) await lockImportKeys(tx, [`round:${request.round.code}`]);
  else await lockImportKeys(tx, ["pktd"]);

  let round = request.round ? await findRoundByCode(tx, request.round.code) : null;
  if (round && !canSeeRound(request.actor, round)) throw new AppError("conflict", "round_exists");
  const createsRound = request.kind !== "pktd" && !round;
  if (createsRound && (!request.round || !("name" in request.round))) throw new AppError("not_found", "round_missing");
  // a preview made for a new round must not merge into a round someone created since
  if (request.previewToken !== undefined && request.round && "name" in request.round && round) throw new AppError("conflict", "import_round_changed");
  const started = performance.now();
  const { analysis, apply } = await plan(tx, request.actor, request.kind, { name: request.fileName, sha256: parsed.sha256 }, parsed.file, round, request.origin);
  if (request.previewToken !== undefined && analysis.token !== request.previewToken) throw new AppError("conflict", "import_round_changed");
  if (analysis.fileError) throw new AppError("invalid", "import_file_error");
  if (analysis.errors.length > 0 && request.mode === "all") throw new AppError("invalid", "import_has_errors");
  if (analysis.validRows === 0) throw new AppError("invalid", "import_nothing_valid");

  // a new round is a draft of its creator until she publishes it (lib/surveys/round-status.ts)
  if (createsRound) {
    const created = await insertRound(tx, { ...(request.round as NewRoundInput), regionCode: (request.round as NewRoundInput).regionCode ?? null, status: "draft", createdBy: request.actor.id });
    // the round is a change of its own, beside the import that brought it (every caller: page, CLI, seed)
    await insertAudit(tx, {
      actorId: request.actor.id,
      actorUsername: request.actor.username,
      action: "round.create",
      entityType: "survey_round",
      entityId: created.code,
      after: { name: created.name, status: created.status, origin: created.origin, rubricVersion: created.rubricVersion, source: created.source, licence: created.licence },
    });
    round = created;
  }

  // PKTD changes the policy support of every round with respondents in its villages
  const touched = round ? [round.id] : await roundsTouchingVillages(tx, analysis.villages);
  if (!round && touched.length > 0) {
    const codes = await Promise.all(touched.map(async (id) => (await findRoundById(tx, id))?.code));
    await lockImportKeys(tx, codes.filter((c): c is string => !!c).map((c) => `round:${c}`));
  }
  const importId = await insertImport(tx, {
    kind: request.kind,
    roundId: round?.id ?? null,
    fileName: request.fileName.slice(0, 255),
    fileSha256: analysis.fileSha256,
    mode: request.mode,
    actorId: request.actor.id,
    actorUsername: request.actor.username,
    counts: {},
    regencies: [...new Set(analysis.villages.map(regencyOf))].sort(),
  });
  const planned = performance.now();
  const staged = request.staged ?? parsed.file.staged;
  // a batch already merged (a second click) or swept would merge nothing: refuse instead
  if (staged && (await countStaged(tx, staged)) !== parsed.file.rows.length) throw new AppError("conflict", "import_round_changed");
  // rows staged before the transaction, or now (tests, the seed): merged, then gone with the commit
  const batch = request.kind !== "respondents" ? undefined : (staged ?? (await stageImport(tx, request.kind, parsed.file)));
  await apply(tx, round?.id ?? null, importId, batch);
  if (batch) await deleteStaged(tx, batch);
  // a big file changes what the rescore's per-regency reads will find: plan them on fresh statistics
  if (analysis.plan.new + analysis.plan.changed >= BULK_ROWS) await analyzeSurveyTables(tx);
  const written = performance.now();
  // stored scores follow their inputs in the same transaction, under the lock
  await rescoreRounds(tx, touched);
  const rescored = performance.now();
  await setImportCounts(tx, importId, {
    ...analysis.plan,
    rejected: analysis.rejected.length,
    clustersCreated: analysis.clustersToCreate.length,
    warnings: analysis.warnings.length,
  });
  return { importId, roundId: round?.id ?? null, analysis, ms: { plan: planned - started, write: written - planned, rescore: rescored - written } };
}
