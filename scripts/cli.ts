// The command-line interface of interfaces.md. Exit 0 on success, 1 on rejected input
// (messages on stderr), 2 on usage errors. Runs against the configured database.
import { createReadStream, renameSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { openDb, type Handle } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { listClusterScores } from "@/db/queries/candidates";
import { getRubricVersion, listSnapshots } from "@/db/queries/scores";
import { findRoundByCode, listClusterRecords, listRespondentAnswers } from "@/db/queries/surveys";
import { BackupError } from "@/lib/backup/format";
import { candidateInputOf, candidatesFor, toCandidateJson } from "@/lib/candidates";
import { AppError } from "@/lib/errors";
import { clustersToCsv, respondentsToCsv } from "@/lib/import/export-csv";
import { formatMessage } from "@/lib/import/messages";
import { RESPONDENT_FIELDS, type RespondentRecord } from "@/lib/instrument/fields";
import { frequencyTable } from "@/lib/scoring/frequency";
import { irClassOf } from "@/lib/scoring/ir-class";
import { toScoresJson } from "@/lib/scoring/scores-json";
import { commitImport, parseAndStageUpload, previewImport, type ImportKind } from "@/services/import";
import { deleteStaged, deleteStaleStaging } from "@/db/queries/import-staging";
import { newRoundSchema, roundCodeSchema } from "@/lib/surveys/round-schema";
import { isRegionCode } from "@/lib/regions/admin-units";
import { changeRound } from "@/services/rounds";
import { synthesizeRound } from "@/services/synth";
import { synthOptionsSchema } from "@/lib/synth/options";
import type { RoundVerb } from "@/lib/surveys/round-status";

const USAGE = `usage:
  npm run cli -- import respondents <file> --round <round-code> [--round-name "<name>"] [--period-start YYYY-MM-DD] [--period-end YYYY-MM-DD] [--valid-only]
  npm run cli -- import clusters <file> --round <round-code> [--valid-only]
  npm run cli -- import pktd <file> [--valid-only]
  npm run cli -- export respondents --round <round-code> [--region <code>] > file.csv
  npm run cli -- export clusters --round <round-code> [--region <code>] > file.csv
  npm run cli -- scores --round <round-code> --unit cluster|village|district|regency [--region <code>] [--rubric <version>] --json
  npm run cli -- tables --round <round-code> [--region <code>] --json
  npm run cli -- backup <file>
  npm run cli -- restore <file>
  npm run cli -- brief --unit <cluster|village|district|regency>:<code> --round <round-code> --lang id|en --format md|pdf [--rubric <version>] [--out <file>]
  npm run cli -- candidates --round <round-code> [--region <code>] [--rubric <version>] --json
  npm run cli -- round publish|delete <round-code>
  npm run cli -- round withdraw|supersede <round-code> --reason "<why>" [--by <round-code>]
  npm run cli -- synth --villages <n> --respondents <n> [--seed <s>] [--round <round-code>] [--year <yyyy>]`;

class UsageError extends Error {}

const CLI_ACTOR = { id: null, username: "cli", role: "administrator" as const, regions: [] };

/** A file's SHA-256, read in pieces (an import file is never held whole by the CLI). */
async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const piece of createReadStream(file)) hash.update(piece as Buffer);
  return hash.digest("hex");
}

async function runImport(handle: Handle, kind: ImportKind, file: string, values: Record<string, string | boolean | undefined>) {
  const roundCode = typeof values.round === "string" ? values.round : undefined;
  if (kind !== "pktd" && !roundCode) throw new UsageError(`import ${kind} needs --round`);
  if (roundCode && !roundCodeSchema.safeParse(roundCode).success) throw new UsageError(`--round '${roundCode}' must be 1-64 of A-Z a-z 0-9 . _ -`);
  let source: { path: string; size: number; sha256: string };
  try {
    source = { path: file, size: statSync(file).size, sha256: await sha256OfFile(file) };
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const existing = roundCode ? await findRoundByCode(handle.db, roundCode) : null;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  let round: { code: string } | null = roundCode ? { code: roundCode } : null;
  if (roundCode && !existing) {
    const parsed = newRoundSchema.safeParse({
      code: roundCode,
      name: text("round-name") ?? roundCode,
      periodStart: text("period-start"),
      periodEnd: text("period-end"),
      source: `Imported from ${path.basename(file)} with the command-line interface`,
      licence: "not stated",
      rubricVersion: "rubrik-2019-v1",
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const problem: Record<string, string> = {
        periodStart: "--period-start must be a date YYYY-MM-DD",
        periodEnd: issue.message === "period_order" ? "--period-end is before --period-start" : "--period-end must be a date YYYY-MM-DD",
        name: "--round-name must be 1-200 characters",
      };
      throw new UsageError(problem[String(issue.path[0])] ?? `invalid round: ${issue.message}`);
    }
    round = parsed.data;
    if (!parsed.data.periodEnd) console.error(`warning: round ${roundCode} has no fieldwork end date, PKTD year unknown: no PKTD record counts for its policy support (add --period-end)`);
  }
  const mode = values["valid-only"] ? "valid_only" : "all";
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

async function runExport(handle: Handle, what: "respondents" | "clusters", values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError(`export ${what} needs --round`);
  const region = regionArg(values);
  const round = await findRoundByCode(handle.db, values.round);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
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

const UNIT_TYPES = ["cluster", "village", "district", "regency"] as const;

function regionArg(values: Record<string, string | boolean | undefined>): string | undefined {
  const region = typeof values.region === "string" ? values.region : undefined;
  if (region && !isRegionCode(region)) throw new UsageError(`--region '${region}' is not a Kemendagri code`);
  return region;
}

/** Stored scores, as interfaces.md's `scores --json` shape; nothing is recomputed here. */
async function runScores(handle: Handle, values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError("scores needs --round");
  const unit = UNIT_TYPES.find((u) => u === values.unit);
  if (!unit) throw new UsageError("scores needs --unit cluster|village|district|regency");
  const region = regionArg(values);
  const round = await findRoundByCode(handle.db, values.round);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
    return 1;
  }
  const version = typeof values.rubric === "string" ? values.rubric : round.rubricVersion;
  const rows = await listSnapshots(handle.db, CLI_ACTOR, { roundId: round.id, version, unitType: unit, regionCode: region });
  const out = rows.map((s) => toScoresJson({ unit, code: s.unitCode, name: s.unitName }, s.result.score, s.result.policySupport, version, round.code));
  if (values.json) console.log(JSON.stringify(out, null, 2));
  else {
    for (const o of out) {
      const flag = o.no_pktd_record ? (o.pktd_year === null ? " (no fieldwork end date, PKTD year unknown)" : ` (no PKTD record for ${o.pktd_year})`) : "";
      console.log(`${o.code}\t${o.name}\tn=${o.n}\treadiness=${o.readiness?.toFixed(2) ?? "-"}\t${o.stratum ?? "-"}\tpolicy_support=${o.policy_support.toFixed(1)}${flag}`);
    }
  }
  return 0;
}

/** The round of --round and the rubric of --rubric (default: the round's), or a message on stderr. */
async function roundAndRubric(handle: Handle, values: Record<string, string | boolean | undefined>) {
  const round = await findRoundByCode(handle.db, values.round as string);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
    return null;
  }
  const version = typeof values.rubric === "string" ? values.rubric : round.rubricVersion;
  const rubric = await getRubricVersion(handle.db, version);
  if (!rubric) {
    console.error(`rubric '${version}' does not exist`);
    return null;
  }
  return { round, version, rubric: rubric.definition };
}

/** Paper-style frequency tables of every categorical field, plus the derived IR class. */
async function runTables(handle: Handle, values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError("tables needs --round");
  const region = regionArg(values);
  const found = await roundAndRubric(handle, values);
  if (!found) return 1;
  const { round, rubric } = found;
  const records = (await listRespondentAnswers(handle.db, CLI_ACTOR, round.id, region)).map((r) => r.answers as Record<string, unknown>);
  // the round's rubric decides the IR class, exactly as in its scores
  const withClass = records.map((r) => ({ ...r, ir_class: irClassOf(r, rubric.irClasses) }));
  const fields = [...RESPONDENT_FIELDS.filter((f) => f.type === "code" || f.type === "multi").map((f) => f.name), "ir_class"];
  const tables = fields.map((field) => frequencyTable(withClass, field));
  if (values.json) console.log(JSON.stringify(tables, null, 2));
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
async function runBrief(handle: Handle, values: Record<string, string | boolean | undefined>) {
  const unitArg = typeof values.unit === "string" ? /^(cluster|village|district|regency):(.+)$/.exec(values.unit) : null;
  if (!unitArg) throw new UsageError("brief needs --unit cluster|village|district|regency:<code>");
  if (typeof values.round !== "string") throw new UsageError("brief needs --round");
  const lang = values.lang === "en" ? "en" : values.lang === "id" || values.lang === undefined ? "id" : null;
  if (!lang) throw new UsageError("--lang must be id or en");
  const format = values.format === "pdf" ? "pdf" : values.format === "md" || values.format === undefined ? "md" : null;
  if (!format) throw new UsageError("--format must be md or pdf");
  const round = await findRoundByCode(handle.db, values.round);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
    return 1;
  }
  const { loadBriefInput } = await import("@/services/brief-input");
  const { buildBrief } = await import("@/lib/briefs/build");
  const { formatDateTime } = await import("@/lib/format");
  const now = new Date();
  let input;
  try {
    ({ input } = await loadBriefInput(handle.db, CLI_ACTOR, {
      unit: { type: unitArg[1] as (typeof UNIT_TYPES)[number], code: unitArg[2]! },
      round,
      rubricVersion: typeof values.rubric === "string" ? values.rubric : round.rubricVersion,
      lang,
      author: "cli",
      now,
    }));
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    console.error(`${values.unit} has no scores in round ${round.code}`);
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
  if (typeof values.out === "string") writeWhole(values.out, out);
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
async function runCandidates(handle: Handle, values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError("candidates needs --round");
  const region = regionArg(values);
  const found = await roundAndRubric(handle, values);
  if (!found) return 1;
  const { round, version, rubric } = found;
  const stored = await listClusterScores(handle.db, CLI_ACTOR, { roundId: round.id, version, regionCode: region });
  const out = candidatesFor(rubric, stored.map((s) => candidateInputOf(rubric.candidates, s))).map(toCandidateJson);
  if (values.json) console.log(JSON.stringify(out, null, 2));
  else for (const o of out) console.log(`${o.rank ?? "-"}\t${o.code}\t${o.name}\tpriority=${o.priority?.toFixed(1) ?? "-"}\t${Object.entries(o.criteria).map(([k, v]) => `${k}:${v}`).join(" ")}`);
  return 0;
}

async function runSynth(values: Record<string, string | boolean | undefined>) {
  for (const name of ["villages", "respondents"]) if (typeof values[name] !== "string") throw new UsageError(`synth needs --${name} <n>`);
  const parsed = synthOptionsSchema.safeParse({ villages: values.villages, respondents: values.respondents, seed: values.seed, round: values.round, year: values.year });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0])} '${values[String(issue.path[0])]}' is not valid (${issue.message})`);
  }
  const handle = await openDb();
  try {
    const r = await synthesizeRound(handle.db, CLI_ACTOR, parsed.data, (done, total) => process.stderr.write(`\rgenerated ${done} of ${total} respondents`));
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

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      round: { type: "string" },
      "round-name": { type: "string" },
      "period-start": { type: "string" },
      "period-end": { type: "string" },
      region: { type: "string" },
      "valid-only": { type: "boolean" },
      unit: { type: "string" },
      rubric: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      reason: { type: "string" },
      by: { type: "string" },
      villages: { type: "string" },
      respondents: { type: "string" },
      seed: { type: "string" },
      year: { type: "string" },
    },
  });
  const [command, what, file] = positionals;
  if (command === "import" && (what === "respondents" || what === "clusters" || what === "pktd") && file) {
    const handle = await openDb();
    try {
      return await runImport(handle, what, file, values);
    } finally {
      await handle.close();
    }
  }
  if (command === "export" && (what === "respondents" || what === "clusters")) {
    const handle = await openDb();
    try {
      return await runExport(handle, what, values);
    } finally {
      await handle.close();
    }
  }
  if (command === "backup" || command === "restore") {
    if (!what || file) throw new UsageError(`${command} needs exactly one file`);
    const handle = await openDb();
    try {
      return command === "backup" ? await runBackup(handle, what) : await runRestore(handle, what);
    } finally {
      await handle.close();
    }
  }
  if (command === "round" && (what === "publish" || what === "delete" || what === "withdraw" || what === "supersede") && file) {
    const handle = await openDb();
    try {
      const change = { code: file, verb: what as RoundVerb, reason: typeof values.reason === "string" ? values.reason : undefined, supersededBy: typeof values.by === "string" ? values.by : undefined };
      await handle.db.transaction((tx) => changeRound(tx, CLI_ACTOR, change, "cli"));
      console.log(`round ${file}: ${what} done`);
      return 0;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      console.error(`round ${file}: ${what} refused (${e.messageKey ?? e.code})`);
      return 1;
    } finally {
      await handle.close();
    }
  }
  if (command === "scores" || command === "tables" || command === "candidates") {
    if (what) throw new UsageError(`unexpected argument: ${what}`);
    const handle = await openDb();
    try {
      if (command === "candidates") return await runCandidates(handle, values);
      return command === "scores" ? await runScores(handle, values) : await runTables(handle, values);
    } finally {
      await handle.close();
    }
  }
  if (command === "brief") {
    if (what) throw new UsageError(`unexpected argument: ${what}`);
    const handle = await openDb();
    try {
      return await runBrief(handle, values);
    } finally {
      await handle.close();
    }
  }
  if (command === "synth") {
    if (what) throw new UsageError(`unexpected argument: ${what}`);
    return runSynth(values);
  }
  throw new UsageError(command ? `unknown command: ${positionals.join(" ")}` : "no command");
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError || (e instanceof Error && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
