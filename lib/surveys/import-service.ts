import type { DbOrTx } from "@/db/client";
import {
  allVillageCodes,
  clusterHashes,
  findRoundByCode,
  insertImport,
  insertRound,
  pktdHashes,
  respondentHashes,
  setImportCounts,
  upsertClusters,
  upsertPktd,
  upsertRespondents,
} from "@/db/queries/surveys";
import type { SurveyRound } from "@/db/schema";
import { inScope, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { canSeeRound } from "./round-status";
import { parseClusters } from "@/lib/import/clusters";
import type { ImportMessage } from "@/lib/import/messages";
import { parsePktd } from "@/lib/import/pktd";
import { readTable } from "@/lib/import/read-table";
import { parseRespondents } from "@/lib/import/respondents";
import { roundsTouchingVillages } from "@/db/queries/scores";
import { fileHash, planImport, recordHash } from "./plan";
import { rescoreRounds } from "./rescore";
import type { NewRoundInput } from "./round-schema";

export type ImportKind = "respondents" | "clusters" | "pktd";
export type ImportMode = "all" | "valid_only";
export type Rejected = { line: number; cells: Record<string, string>; errors: ImportMessage[] };

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
  clustersToCreate: { code: string; villageCode: string }[];
  /** villages of the valid rows */
  villages: string[];
};

type Prepared = { analysis: Analysis; apply: (tx: DbOrTx, roundId: number | null, importId: number) => Promise<void> };

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

/** Reads, validates and plans an import without writing anything. */
async function prepare(
  db: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  fileName: string,
  bytes: Uint8Array,
  round: SurveyRound | null,
  origin: "survey" | "illustration" = "survey",
): Promise<Prepared> {
  const base = { kind, fileName, fileSha256: fileHash(bytes) };
  const empty = { columns: [], warnings: [], errors: [], rejected: [], validRows: 0, plan: { new: 0, changed: 0, unchanged: 0 }, clustersToCreate: [], villages: [] };
  const table = await readTable(bytes, fileName);
  if (!table.ok) return { analysis: { ...base, ...empty, fileError: table.error, errors: [table.error] }, apply: async () => {} };
  const known = await knownVillages(db);
  const options = { isKnownVillage: (code: string) => known.has(code) };
  const parsed =
    kind === "respondents" ? parseRespondents(table, options) : kind === "clusters" ? parseClusters(table, options) : parsePktd(table, options);
  if (parsed.fileError) {
    return { analysis: { ...base, ...empty, columns: parsed.columns, fileError: parsed.fileError, errors: [parsed.fileError] }, apply: async () => {} };
  }

  // rows outside the actor's regions are rejected like any invalid row
  const rows: { line: number; record: Record<string, unknown> & { village_code: string } }[] = [];
  const rejected: Rejected[] = [...parsed.rejected];
  for (const row of parsed.rows as { line: number; record: Record<string, unknown> & { village_code: string } }[]) {
    if (inScope(actor, row.record.village_code)) rows.push(row);
    else {
      const error = { line: row.line, column: "village_code", text: OUT_OF_SCOPE };
      rejected.push({ line: row.line, cells: cellsOf(row.record), errors: [error] });
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  const errors = [...parsed.errors, ...rejected.filter((r) => !parsed.rejected.includes(r)).flatMap((r) => r.errors)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  const villages = [...new Set(rows.map((r) => r.record.village_code))];
  const common = { ...base, columns: parsed.columns, warnings: parsed.warnings, errors, rejected, validRows: rows.length, villages };

  if (kind === "respondents") {
    const existing = round ? await respondentHashes(db, round.id) : new Map<string, string>();
    const writes = rows.map(({ record }) => ({
      respondentId: String(record.respondent_id),
      villageCode: record.village_code,
      clusterCode: (record.cluster_code as string | null) ?? null,
      answers: record,
      rowHash: recordHash(record),
    }));
    const plan = planImport(existing, writes.map((w) => ({ key: w.respondentId, hash: w.rowHash })));
    const knownClusters = round ? await clusterHashes(db, round.id) : new Map<string, string>();
    const toCreate = new Map<string, string>();
    for (const w of writes) if (w.clusterCode && !knownClusters.has(w.clusterCode) && !toCreate.has(w.clusterCode)) toCreate.set(w.clusterCode, w.villageCode);
    const clustersToCreate = [...toCreate].map(([code, villageCode]) => ({ code, villageCode }));
    return {
      analysis: { ...common, plan: counts(plan), clustersToCreate },
      apply: async (tx, roundId, importId) => {
        await upsertClusters(
          tx,
          roundId!,
          clustersToCreate.map((c) => ({ code: c.code, name: c.code, villageCode: c.villageCode, product: null, yearEstablished: null, legalEntity: null, rowHash: null })),
        );
        const changedIds = new Set([...plan.new, ...plan.changed]);
        await upsertRespondents(tx, roundId!, importId, writes.filter((w) => changedIds.has(w.respondentId)));
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
    const plan = planImport(existing, writes.map((w) => ({ key: w.code, hash: w.rowHash })));
    const changed = new Set([...plan.new, ...plan.changed]);
    return {
      analysis: { ...common, plan: counts(plan), clustersToCreate: [] },
      apply: (tx, roundId) => upsertClusters(tx, roundId!, writes.filter((w) => changed.has(w.code))),
    };
  }

  const writes = rows.map(({ record }) => ({
    villageCode: record.village_code,
    year: Number(record.year),
    data: record,
    rowHash: recordHash(record),
    origin,
  }));
  const existing = await pktdHashes(db, writes);
  const plan = planImport(existing, writes.map((w) => ({ key: `${w.villageCode}|${w.year}`, hash: w.rowHash })));
  const changed = new Set([...plan.new, ...plan.changed]);
  return {
    analysis: { ...common, plan: counts(plan), clustersToCreate: [] },
    apply: (tx, _roundId, importId) => upsertPktd(tx, importId, writes.filter((w) => changed.has(`${w.villageCode}|${w.year}`))),
  };
}

function counts<K>(plan: { new: K[]; changed: K[]; unchanged: K[] }) {
  return { new: plan.new.length, changed: plan.changed.length, unchanged: plan.unchanged.length };
}

function cellsOf(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v)]),
  );
}

/** The preview: what an import would do, nothing written. */
export async function analyseImport(
  db: DbOrTx,
  actor: Actor & { id?: number | null },
  request: { kind: ImportKind; fileName: string; bytes: Uint8Array; roundCode: string | null },
): Promise<Analysis> {
  const found = request.roundCode ? await findRoundByCode(db, request.roundCode) : null;
  // someone else's draft is not there for her: the preview treats the code as a new round
  const round = found && canSeeRound(actor, found) ? found : null;
  return (await prepare(db, actor, request.kind, request.fileName, request.bytes, round)).analysis;
}

export type CommitRequest = {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  mode: ImportMode;
  /** existing round code, or the fields of a new round */
  round: { code: string } | NewRoundInput | null;
  actor: Actor & { id: number | null; username: string };
  origin?: "survey" | "illustration";
};

export type CommitResult = { importId: number; roundId: number | null; analysis: Analysis };

/**
 * Commits in the caller's transaction: re-plans against the current data, refuses a file with
 * errors unless mode is valid_only, creates the round when needed, writes, records history.
 */
export async function commitImport(tx: DbOrTx, request: CommitRequest): Promise<CommitResult> {
  let round = request.round ? await findRoundByCode(tx, request.round.code) : null;
  if (round && !canSeeRound(request.actor, round)) throw new AppError("conflict", "round_exists");
  if (request.kind !== "pktd" && !round) {
    if (!request.round || !("name" in request.round)) throw new AppError("not_found", "round_missing");
    // a new round is a draft of its creator until she publishes it (lib/surveys/round-status.ts)
    round = await insertRound(tx, { ...request.round, regionCode: request.round.regionCode ?? null, status: "draft", createdBy: request.actor.id });
  }
  const { analysis, apply } = await prepare(tx, request.actor, request.kind, request.fileName, request.bytes, round, request.origin);
  if (analysis.fileError) throw new AppError("invalid", "import_file_error");
  if (analysis.errors.length > 0 && request.mode === "all") throw new AppError("invalid", "import_has_errors");
  if (analysis.validRows === 0) throw new AppError("invalid", "import_nothing_valid");
  const importId = await insertImport(tx, {
    kind: request.kind,
    roundId: round?.id ?? null,
    fileName: request.fileName.slice(0, 255),
    fileSha256: analysis.fileSha256,
    mode: request.mode,
    actorId: request.actor.id,
    actorUsername: request.actor.username,
    counts: {},
  });
  await apply(tx, round?.id ?? null, importId);
  // stored scores follow their inputs in the same transaction
  const touched = round ? [round.id] : await roundsTouchingVillages(tx, [...new Set(analysis.villages)]);
  await rescoreRounds(tx, touched);
  await setImportCounts(tx, importId, {
    ...analysis.plan,
    rejected: analysis.rejected.length,
    clustersCreated: analysis.clustersToCreate.length,
    warnings: analysis.warnings.length,
  });
  return { importId, roundId: round?.id ?? null, analysis };
}
