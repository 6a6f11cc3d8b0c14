// The commands of the command-line interface (scripts/cli.ts reads the arguments first, with
// lib/cli/args.ts, and loads this module only for a well-formed command).
import { createReadStream, renameSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { openDb, type Handle } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { listClusterScores } from "@/db/queries/candidates";
import { deleteStaged, deleteStaleStaging } from "@/db/queries/import-staging";
import { getRubricVersion, listSnapshots } from "@/db/queries/scores";
import { findRoundByCode, listClusterRecords, listRespondentAnswers } from "@/db/queries/surveys";
import { BackupError } from "@/lib/backup/format";
import { candidateInputOf, candidatesFor, toCandidateJson } from "@/lib/candidates";
import { UsageError, type CliCommand } from "@/lib/cli/args";
import { AppError } from "@/lib/errors";
import { clustersToCsv, respondentsToCsv } from "@/lib/import/export-csv";
import { formatMessage } from "@/lib/import/messages";
import { RESPONDENT_FIELDS, type RespondentRecord } from "@/lib/instrument/fields";
import { frequencyTable } from "@/lib/scoring/frequency";
import { irClassOf } from "@/lib/scoring/ir-class";
import { toScoresJson } from "@/lib/scoring/scores-json";
import type { SynthOptions } from "@/lib/synth/options";
import { commitImport, parseAndStageUpload, previewImport } from "@/services/import";
import { changeRound } from "@/services/rounds";
import { synthesizeRound } from "@/services/synth";

type Command<C extends CliCommand["command"]> = Extract<CliCommand, { command: C }>;

const CLI_ACTOR = { id: null, username: "cli", role: "administrator" as const, regions: [] };

/** A file's SHA-256, read in pieces (an import file is never held whole by the CLI). */
async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const piece of createReadStream(file)) hash.update(piece as Buffer);
  return hash.digest("hex");
}

async function runImport(handle: Handle, { kind, file, round: roundCode, newRound, validOnly }: Command<"import">) {
  let source: { path: string; size: number; sha256: string };
  try {
    source = { path: file, size: statSync(file).size, sha256: await sha256OfFile(file) };
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const existing = roundCode ? await findRoundByCode(handle.db, roundCode) : null;
  const round = existing ? { code: existing.code } : newRound;
  if (newRound && !existing && !newRound.periodEnd)
    console.error(`warning: round ${roundCode} has no fieldwork end date, PKTD year unknown: no PKTD record counts for its policy support (add --period-end)`);
  const mode = validOnly ? "valid_only" : "all";
  const fileName = path.basename(file);
  // the upload's way: read in the worker from disk, respondents staged with COPY while it reads, then one merge
  await deleteStaleStaging(handle.db);
  const parsed = await parseAndStageUpload(handle.db, kind, fileName, source);
  try {
    const result = await handle.db.transaction(async (tx) => {
      const r = await commitImport(tx, { kind, fileName, parsed: { file: parsed, sha256: source.sha256 }, mode, round, actor: CLI_ACTOR });
      await insertAudit(tx, {
        actorUsername: CLI_ACTOR.username,
        action: `import.${kind}`,
        entityType: "import",
        entityId: String(r.importId),
        after: { round: roundCode ?? null, file: path.basename(file), sha256: r.analysis.fileSha256, mode, ...r.analysis.plan, rejected: r.analysis.rejected.length },
      });
      return r;
    });
    const a = result.analysis;
    for (const w of a.warnings) console.error(`warning: ${formatMessage(w, "en")}`);
    for (const e of a.errors) console.error(formatMessage(e, "en"));
    console.log(
      `imported ${kind} from ${path.basename(file)}: ${a.plan.new} new, ${a.plan.changed} changed, ${a.plan.unchanged} unchanged, ${a.rejected.length} rejected` +
        (a.clustersToCreate.length ? `, ${a.clustersToCreate.length} clusters created` : ""),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // the transaction rolled back: print why, nothing was written
    const a = await previewImport(handle.db, CLI_ACTOR, { kind, fileName, fileSha256: source.sha256, parsed, roundCode: roundCode ?? null });
    for (const m of a.errors) console.error(formatMessage(m, "en"));
    console.error(`nothing imported: ${a.errors.length ? `${a.errors.length} error(s)` : "no valid rows"}`);
    return 1;
  } finally {
    // merged rows left the staging table with the commit; a refused file's rows leave now
    if (parsed.staged) await deleteStaged(handle.db, parsed.staged);
  }
}

async function runExport(handle: Handle, { what, round: code, region }: Command<"export">) {
  const round = await findRoundByCode(handle.db, code);
  if (!round) {
    console.error(`round '${code}' does not exist`);
    return 1;
  }
  if (what === "clusters") {
    process.stdout.write(clustersToCsv(await listClusterRecords(handle.db, CLI_ACTOR, round.id, region)));
    return 0;
  }
  const rows = await listRespondentAnswers(handle.db, CLI_ACTOR, round.id, region);
  process.stdout.write(respondentsToCsv(rows.map((r) => r.answers as RespondentRecord)));
  return 0;
}

/** Stored scores, as interfaces.md's `scores --json` shape; nothing is recomputed here. */
async function runScores(handle: Handle, { round: code, unit, region, rubric, json }: Command<"scores">) {
  const round = await findRoundByCode(handle.db, code);
  if (!round) {
    console.error(`round '${code}' does not exist`);
    return 1;
  }
  const version = rubric ?? round.rubricVersion;
  const rows = await listSnapshots(handle.db, CLI_ACTOR, { roundId: round.id, version, unitType: unit, regionCode: region });
  const out = rows.map((s) => toScoresJson({ unit, code: s.unitCode, name: s.unitName }, s.result.score, s.result.policySupport, version, round.code));
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    for (const o of out) {
      const flag = o.no_pktd_record ? (o.pktd_year === null ? " (no fieldwork end date, PKTD year unknown)" : ` (no PKTD record for ${o.pktd_year})`) : "";
      console.log(`${o.code}\t${o.name}\tn=${o.n}\treadiness=${o.readiness?.toFixed(2) ?? "-"}\t${o.stratum ?? "-"}\tpolicy_support=${o.policy_support.toFixed(1)}${flag}`);
    }
  }
  return 0;
}

/** The round of --round and the rubric of --rubric (default: the round's), or a message on stderr. */
async function roundAndRubric(handle: Handle, { round: code, rubric: asked }: { round: string; rubric?: string }) {
  const round = await findRoundByCode(handle.db, code);
  if (!round) {
    console.error(`round '${code}' does not exist`);
    return null;
  }
  const version = asked ?? round.rubricVersion;
  const rubric = await getRubricVersion(handle.db, version);
  if (!rubric) {
    console.error(`rubric '${version}' does not exist`);
    return null;
  }
  return { round, version, rubric: rubric.definition };
}

/** Paper-style frequency tables of every categorical field, plus the derived IR class. */
async function runTables(handle: Handle, command: Command<"tables" | "candidates">) {
  const { region, json } = command;
  const found = await roundAndRubric(handle, command);
  if (!found) return 1;
  const { round, rubric } = found;
  const records = (await listRespondentAnswers(handle.db, CLI_ACTOR, round.id, region)).map((r) => r.answers as Record<string, unknown>);
  // the round's rubric decides the IR class, exactly as in its scores
  const withClass = records.map((r) => ({ ...r, ir_class: irClassOf(r, rubric.irClasses) }));
  const fields = [...RESPONDENT_FIELDS.filter((f) => f.type === "code" || f.type === "multi").map((f) => f.name), "ir_class"];
  const tables = fields.map((field) => frequencyTable(withClass, field));
  if (json) console.log(JSON.stringify(tables, null, 2));
  else for (const t of tables) console.log(`${t.field} (n=${t.n}): ${t.rows.map((r) => `${r.code || "(none)"} ${r.n}`).join(", ")}`);
  return 0;
}

/** Every table users write, from one snapshot, to a gzip JSON-lines file (README, "Backups"). */
async function runBackup(handle: Handle, file: string) {
  const header = await backupDatabase(handle, file);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`backup of ${handle.kind} at schema ${header.schema.tag}: ${header.tables.length} tables, ${rows} rows -> ${file}`);
  return 0;
}

async function runRestore(handle: Handle, file: string) {
  try {
    const report = await restoreDatabase(handle, file);
    console.log(`restored ${report.rows} rows in ${report.header.tables.length} tables from ${file} (made ${report.header.createdAt} on ${report.header.database}, schema ${report.header.schema.tag})`);
    if (report.migrationsAfter) console.log(`applied ${report.migrationsAfter} newer migration(s) after the restore`);
    return 0;
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    console.error(`restore refused: ${e.message}`);
    return 1;
  }
}

/**
 * A brief generated from the stored scores, as Markdown or PDF: the same document the
 * page shows (buildBrief), rendered without saving it.
 */
async function runBrief(handle: Handle, { unit, round: code, lang, format, rubric, out: outFile }: Command<"brief">) {
  const round = await findRoundByCode(handle.db, code);
  if (!round) {
    console.error(`round '${code}' does not exist`);
    return 1;
  }
  const { loadBriefInput } = await import("@/services/brief-input");
  const { buildBrief } = await import("@/lib/briefs/build");
  const { formatDateTime } = await import("@/lib/format");
  const now = new Date();
  let input;
  try {
    ({ input } = await loadBriefInput(handle.db, CLI_ACTOR, {
      unit,
      round,
      rubricVersion: rubric ?? round.rubricVersion,
      lang,
      author: "cli",
      now,
    }));
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    console.error(`${unit.type}:${unit.code} has no scores in round ${round.code}`);
    return 1;
  }
  const doc = buildBrief(input);
  const date = formatDateTime(now, lang);
  let out: string | Uint8Array;
  if (format === "md") out = (await import("@/lib/briefs/render-md")).briefToMarkdown(doc, { date });
  else {
    const { briefGeometry, renderBriefPdf } = await import("@/services/pdf");
    try {
      out = await renderBriefPdf(doc, { date, geometry: await briefGeometry(handle.db, CLI_ACTOR, doc), version: 0, status: "draft" });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      console.error(`PDF not made (${e.messageKey ?? e.code}): is Chromium at CHROMIUM_PATH (default /usr/bin/chromium)?`);
      return 1;
    }
  }
  if (outFile) writeWhole(outFile, out);
  else process.stdout.write(out);
  return 0;
}

/** Written beside the target, then renamed over it: a process killed mid-write leaves no half file under that name. */
function writeWhole(file: string, content: string | Uint8Array) {
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/** The pilot-cluster candidates of interfaces.md's `candidates --json`, from stored scores, in rank order. */
async function runCandidates(handle: Handle, command: Command<"tables" | "candidates">) {
  const { region, json } = command;
  const found = await roundAndRubric(handle, command);
  if (!found) return 1;
  const { round, version, rubric } = found;
  const stored = await listClusterScores(handle.db, CLI_ACTOR, { roundId: round.id, version, regionCode: region });
  const out = candidatesFor(rubric, stored.map((s) => candidateInputOf(rubric.candidates, s))).map(toCandidateJson);
  if (json) console.log(JSON.stringify(out, null, 2));
  else for (const o of out) console.log(`${o.rank ?? "-"}\t${o.code}\t${o.name}\tpriority=${o.priority?.toFixed(1) ?? "-"}\t${Object.entries(o.criteria).map(([k, v]) => `${k}:${v}`).join(" ")}`);
  return 0;
}

async function runSynth(options: SynthOptions) {
  const handle = await openDb();
  try {
    const r = await synthesizeRound(handle.db, CLI_ACTOR, options, (done, total) => process.stderr.write(`\rgenerated ${done} of ${total} respondents`));
    process.stderr.write("\n");
    console.log(
      `synthesized round ${r.round}: ${r.villages} villages, ${r.respondents} respondents, ${r.clusters} clusters, ${r.pktd} PKTD records, ${r.activities} programme activities; ` +
        `${r.rescore.changed} units scored; generated in ${r.seconds.generate.toFixed(1)} s, scored in ${r.seconds.rescore.toFixed(1)} s; published`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    console.error(`synth refused (${e.messageKey ?? e.code})`);
    return 1;
  } finally {
    await handle.close();
  }
}

async function runRound(handle: Handle, { verb, code, reason, supersededBy }: Command<"round">) {
  try {
    await handle.db.transaction((tx) => changeRound(tx, CLI_ACTOR, { code, verb, reason, supersededBy }, "cli"));
    console.log(`round ${code}: ${verb} done`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    console.error(`round ${code}: ${verb} refused (${e.messageKey ?? e.code})`);
    return 1;
  }
}

/** Runs one command on the configured database; the exit code. */
export async function runCommand(command: CliCommand): Promise<number> {
  if (command.command === "synth") return runSynth(command.options);
  const handle = await openDb();
  try {
    switch (command.command) {
      case "import":
        return await runImport(handle, command);
      case "export":
        return await runExport(handle, command);
      case "backup":
        return await runBackup(handle, command.file);
      case "restore":
        return await runRestore(handle, command.file);
      case "round":
        return await runRound(handle, command);
      case "scores":
        return await runScores(handle, command);
      case "tables":
        return await runTables(handle, command);
      case "candidates":
        return await runCandidates(handle, command);
      case "brief":
        return await runBrief(handle, command);
    }
  } finally {
    await handle.close();
  }
}
