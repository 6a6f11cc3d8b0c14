// The command-line interface of interfaces.md. Exit 0 on success, 1 on rejected input
// (messages on stderr), 2 on usage errors. Runs against the configured database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDb, type Handle } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { listSnapshots } from "@/db/queries/scores";
import { findRoundByCode, listRespondentAnswers } from "@/db/queries/surveys";
import { AppError } from "@/lib/errors";
import { respondentsToCsv } from "@/lib/import/export-csv";
import { formatMessage } from "@/lib/import/messages";
import { RESPONDENT_FIELDS, type RespondentRecord } from "@/lib/instrument/fields";
import { frequencyTable } from "@/lib/scoring/frequency";
import { irClassOf } from "@/lib/scoring/ir-class";
import type { UnitScore } from "@/lib/scoring/score-unit";
import { toScoresJson } from "@/lib/scoring/scores-json";
import { commitImport, type ImportKind } from "@/lib/surveys/import-service";
import { newRoundSchema, roundCodeSchema } from "@/lib/surveys/round-schema";
import { isRegionCode } from "@/lib/regions/admin-units";
import { changeRound } from "@/services/rounds";
import type { RoundVerb } from "@/lib/surveys/round-status";

const USAGE = `usage:
  npm run cli -- import respondents <file> --round <round-code> [--round-name "<name>"] [--valid-only]
  npm run cli -- import clusters <file> --round <round-code> [--valid-only]
  npm run cli -- import pktd <file> [--valid-only]
  npm run cli -- export respondents --round <round-code> [--region <code>] > file.csv
  npm run cli -- scores --round <round-code> --unit cluster|village|district|regency [--region <code>] [--rubric <version>] --json
  npm run cli -- tables --round <round-code> [--region <code>] --json
  npm run cli -- round publish|delete <round-code>
  npm run cli -- round withdraw|supersede <round-code> --reason "<why>" [--by <round-code>]`;

class UsageError extends Error {}

const CLI_ACTOR = { id: null, username: "cli", role: "administrator" as const, regions: [] };

async function runImport(handle: Handle, kind: ImportKind, file: string, values: Record<string, string | boolean | undefined>) {
  const roundCode = typeof values.round === "string" ? values.round : undefined;
  if (kind !== "pktd" && !roundCode) throw new UsageError(`import ${kind} needs --round`);
  if (roundCode && !roundCodeSchema.safeParse(roundCode).success) throw new UsageError(`--round '${roundCode}' must be 1-64 of A-Z a-z 0-9 . _ -`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const existing = roundCode ? await findRoundByCode(handle.db, roundCode) : null;
  const round =
    !roundCode || existing
      ? roundCode
        ? { code: roundCode }
        : null
      : newRoundSchema.parse({
          code: roundCode,
          name: typeof values["round-name"] === "string" ? values["round-name"] : roundCode,
          source: `Imported from ${path.basename(file)} with the command-line interface`,
          licence: "not stated",
          rubricVersion: "rubrik-2019-v1",
        });
  const mode = values["valid-only"] ? "valid_only" : "all";
  try {
    const result = await handle.db.transaction(async (tx) => {
      const r = await commitImport(tx, { kind, fileName: path.basename(file), bytes, mode, round, actor: CLI_ACTOR });
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
    const { analyseImport } = await import("@/lib/surveys/import-service");
    const a = await analyseImport(handle.db, CLI_ACTOR, { kind, fileName: path.basename(file), bytes, roundCode: roundCode ?? null });
    for (const m of a.errors) console.error(formatMessage(m, "en"));
    console.error(`nothing imported: ${a.errors.length ? `${a.errors.length} error(s)` : "no valid rows"}`);
    return 1;
  }
}

async function runExport(handle: Handle, values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError("export respondents needs --round");
  const region = regionArg(values);
  const round = await findRoundByCode(handle.db, values.round);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
    return 1;
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
  const out = rows.map((s) => toScoresJson({ unit, code: s.unitCode, name: s.unitName }, (s.result as { score: UnitScore }).score, version, round.code));
  if (values.json) console.log(JSON.stringify(out, null, 2));
  else for (const o of out) console.log(`${o.code}\t${o.name}\tn=${o.n}\treadiness=${o.readiness?.toFixed(2) ?? "-"}\t${o.stratum ?? "-"}`);
  return 0;
}

/** Paper-style frequency tables of every categorical field, plus the derived IR class. */
async function runTables(handle: Handle, values: Record<string, string | boolean | undefined>) {
  if (typeof values.round !== "string") throw new UsageError("tables needs --round");
  const region = regionArg(values);
  const round = await findRoundByCode(handle.db, values.round);
  if (!round) {
    console.error(`round '${values.round}' does not exist`);
    return 1;
  }
  const records = (await listRespondentAnswers(handle.db, CLI_ACTOR, round.id, region)).map((r) => r.answers as Record<string, unknown>);
  const withClass = records.map((r) => ({ ...r, ir_class: irClassOf(r) }));
  const fields = [...RESPONDENT_FIELDS.filter((f) => f.type === "code" || f.type === "multi").map((f) => f.name), "ir_class"];
  const tables = fields.map((field) => frequencyTable(withClass, field));
  if (values.json) console.log(JSON.stringify(tables, null, 2));
  else for (const t of tables) console.log(`${t.field} (n=${t.n}): ${t.rows.map((r) => `${r.code || "(none)"} ${r.n}`).join(", ")}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      round: { type: "string" },
      "round-name": { type: "string" },
      region: { type: "string" },
      "valid-only": { type: "boolean" },
      unit: { type: "string" },
      rubric: { type: "string" },
      json: { type: "boolean" },
      reason: { type: "string" },
      by: { type: "string" },
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
  if (command === "export" && what === "respondents") {
    const handle = await openDb();
    try {
      return await runExport(handle, values);
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
  if (command === "scores" || command === "tables") {
    if (what) throw new UsageError(`unexpected argument: ${what}`);
    const handle = await openDb();
    try {
      return command === "scores" ? await runScores(handle, values) : await runTables(handle, values);
    } finally {
      await handle.close();
    }
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
