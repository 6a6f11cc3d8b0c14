// The command line of interfaces.md, read into one typed command before anything is loaded or
// opened: a usage error (exit 2) costs no database and no heavy module.
import path from "node:path";
import { parseArgs } from "node:util";
import type { FileKind } from "@/lib/import/parse-file";
import { isRegionCode } from "@/lib/regions/admin-units";
import type { RoundVerb } from "@/lib/surveys/round-status";
import { newRoundSchema, roundCodeSchema, type NewRoundInput } from "@/lib/surveys/round-schema";
import { synthOptionsSchema, type SynthOptions } from "@/lib/synth/options";

export const USAGE = `usage:
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

/** Exit 2 with the message and USAGE. */
export class UsageError extends Error {}

const UNIT_TYPES = ["cluster", "village", "district", "regency"] as const;
export type CliUnitType = (typeof UNIT_TYPES)[number];

export type CliCommand =
  | {
      command: "import";
      kind: FileKind;
      file: string;
      /** the round of a respondents or clusters import (none for PKTD) */
      round: string | null;
      /** the round to create when --round does not exist yet, from --round-name and the period */
      newRound: NewRoundInput | null;
      validOnly: boolean;
    }
  | { command: "export"; what: "respondents" | "clusters"; round: string; region?: string }
  | { command: "backup" | "restore"; file: string }
  | { command: "round"; verb: RoundVerb; code: string; reason?: string; supersededBy?: string }
  | { command: "scores"; round: string; unit: CliUnitType; region?: string; rubric?: string; json: boolean }
  | { command: "tables" | "candidates"; round: string; region?: string; rubric?: string; json: boolean }
  | { command: "brief"; unit: { type: CliUnitType; code: string }; round: string; lang: "id" | "en"; format: "md" | "pdf"; rubric?: string; out?: string }
  | { command: "synth"; options: SynthOptions };

type Values = Record<string, string | boolean | undefined>;

const text = (values: Values, name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

function requireRound(values: Values, what: string): string {
  const round = text(values, "round");
  if (!round) throw new UsageError(`${what} needs --round`);
  return round;
}

function regionArg(values: Values): string | undefined {
  const region = text(values, "region");
  if (region && !isRegionCode(region)) throw new UsageError(`--region '${region}' is not a Kemendagri code`);
  return region;
}

function importCommand(kind: FileKind, file: string, values: Values): CliCommand {
  const round = text(values, "round") ?? null;
  if (kind !== "pktd" && !round) throw new UsageError(`import ${kind} needs --round`);
  if (round && !roundCodeSchema.safeParse(round).success) throw new UsageError(`--round '${round}' must be 1-64 of A-Z a-z 0-9 . _ -`);
  let newRound: NewRoundInput | null = null;
  if (round) {
    const parsed = newRoundSchema.safeParse({
      code: round,
      name: text(values, "round-name") ?? round,
      periodStart: text(values, "period-start"),
      periodEnd: text(values, "period-end"),
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
    newRound = parsed.data;
  }
  return { command: "import", kind, file, round, newRound, validOnly: values["valid-only"] === true };
}

function briefCommand(values: Values): CliCommand {
  const unit = text(values, "unit") ? /^(cluster|village|district|regency):(.+)$/.exec(text(values, "unit")!) : null;
  if (!unit) throw new UsageError("brief needs --unit cluster|village|district|regency:<code>");
  const round = requireRound(values, "brief");
  const lang = values.lang === "en" ? "en" : values.lang === "id" || values.lang === undefined ? "id" : null;
  if (!lang) throw new UsageError("--lang must be id or en");
  const format = values.format === "pdf" ? "pdf" : values.format === "md" || values.format === undefined ? "md" : null;
  if (!format) throw new UsageError("--format must be md or pdf");
  return { command: "brief", unit: { type: unit[1] as CliUnitType, code: unit[2]! }, round, lang, format, rubric: text(values, "rubric"), out: text(values, "out") };
}

function synthCommand(values: Values): CliCommand {
  for (const name of ["villages", "respondents"]) if (typeof values[name] !== "string") throw new UsageError(`synth needs --${name} <n>`);
  const parsed = synthOptionsSchema.safeParse({ villages: values.villages, respondents: values.respondents, seed: values.seed, round: values.round, year: values.year });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0])} '${values[String(issue.path[0])]}' is not valid (${issue.message})`);
  }
  return { command: "synth", options: parsed.data };
}

/** argv (after `npm run cli --`) as one command; throws UsageError for anything interfaces.md does not define. */
export function parseCli(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, what, file] = positionals;
  const extra = (n: number) => {
    if (positionals.length > n) throw new UsageError(`unexpected argument: ${positionals[n]}`);
  };
  if (command === "import" && (what === "respondents" || what === "clusters" || what === "pktd") && file) {
    extra(3);
    return importCommand(what, file, values);
  }
  if (command === "export" && (what === "respondents" || what === "clusters")) {
    extra(2);
    return { command: "export", what, round: requireRound(values, `export ${what}`), region: regionArg(values) };
  }
  if (command === "backup" || command === "restore") {
    if (!what || file) throw new UsageError(`${command} needs exactly one file`);
    return { command, file: what };
  }
  if (command === "round" && (what === "publish" || what === "delete" || what === "withdraw" || what === "supersede") && file) {
    extra(3);
    return { command: "round", verb: what, code: file, reason: text(values, "reason"), supersededBy: text(values, "by") };
  }
  if (command === "scores") {
    extra(1);
    const round = requireRound(values, "scores");
    const unit = UNIT_TYPES.find((u) => u === values.unit);
    if (!unit) throw new UsageError("scores needs --unit cluster|village|district|regency");
    return { command: "scores", round, unit, region: regionArg(values), rubric: text(values, "rubric"), json: values.json === true };
  }
  if (command === "tables" || command === "candidates") {
    extra(1);
    return { command, round: requireRound(values, command), region: regionArg(values), rubric: text(values, "rubric"), json: values.json === true };
  }
  if (command === "brief") {
    extra(1);
    return briefCommand(values);
  }
  if (command === "synth") {
    extra(1);
    return synthCommand(values);
  }
  throw new UsageError(command ? `unknown command: ${positionals.join(" ")}` : "no command");
}
