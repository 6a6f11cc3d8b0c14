import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_CASES, FORM_CASES, FREE_TEXT_ACCOUNT, FREE_TEXT_CASES, FREE_TEXT_FORM_CASES, freeTextFile, type FileCase } from "@/e2e/corpus/cases";
import { createAccountSchema } from "@/lib/auth/account-schemas";
import { AppError } from "@/lib/errors";
import { formatMessage, type ImportMessage } from "@/lib/import/messages";
import { fileHash } from "@/lib/surveys/plan";
import { newRoundSchema } from "@/lib/surveys/round-schema";
import { commitImport, parseUpload, previewImport } from "@/services/import";
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import { fingerprint, rowsOf } from "./test/fingerprint";
import { TARGETS, type TestDb } from "./test/targets";

/**
 * Issue 14 item 2. Files go through the same path as an upload (the parse worker with its
 * budgets, the preview, the commit the user would confirm); the HTTP layer in front of it
 * (the form, the body limit, the server answering meanwhile) is e2e/upload-budgets.spec.ts.
 * A case fails when it takes too long, has no sentence in Indonesian, commits, or changes any table.
 */
const ACTORS = {
  admin: { id: null, username: "corpus", role: "administrator" as const, regions: [] as string[] },
  lamsel: { id: null, username: "corpus-lamsel", role: "regency_official" as const, regions: ["18.01"] },
};
const PAPER_ROUND = "IR-LAMSEL-2019";
const SECONDS_PER_CASE = 35; // the worker's 30 s deadline plus the preview and the refused commit
const RSS_BOUND_MB = 2048;

class Rollback extends Error {}

/** A sentence for the user: Indonesian, not the English one, no stack or internals. */
function problemsWith(messages: ImportMessage[], says?: RegExp): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push("no message");
  for (const m of messages.slice(0, 20)) {
    const idText = formatMessage(m, "id");
    if (!idText.trim() || idText === formatMessage(m, "en")) problems.push(`not a sentence in Indonesian: ${idText}`);
    if (/\bat \S+:\d+|Error:|undefined|\[object/.test(idText)) problems.push(`internal text: ${idText}`);
  }
  if (says && !messages.some((m) => says.test(formatMessage(m, "id")))) problems.push(`expected ${says}, got ${messages.map((m) => formatMessage(m, "id")).join(" | ").slice(0, 300)}`);
  return problems;
}

const validation = (key: string, messages: typeof id) => (messages.validation as unknown as Record<string, string>)[key];

describe.each(TARGETS)("bad-input corpus on $name", ({ name, setUp }) => {
  let t: TestDb;
  let before: Record<string, string>;
  const failures: string[] = [];
  let cases = 0;
  let maxRssMb = 0;

  beforeAll(async () => {
    t = await setUp({ demoAccounts: true });
    before = await fingerprint(t.handle, { referenceKeys: false });
  }, 180_000);
  afterAll(async () => t?.dispose());

  async function check(label: string, run: () => Promise<string[]>) {
    cases++;
    const started = performance.now();
    let problems: string[];
    try {
      problems = await run();
    } catch (e) {
      problems = [`threw ${(e as Error).message.slice(0, 200)}`];
    }
    const seconds = (performance.now() - started) / 1000;
    if (seconds > SECONDS_PER_CASE) problems.push(`took ${seconds.toFixed(1)} s`);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    maxRssMb = Math.max(maxRssMb, rss);
    if (rss > RSS_BOUND_MB) problems.push(`process grew to ${rss.toFixed(0)} MB`);
    const after = await fingerprint(t.handle, { referenceKeys: false });
    for (const table of Object.keys({ ...before, ...after })) if (before[table] !== after[table]) problems.push(`table ${table} changed: ${before[table]} → ${after[table]}`);
    before = after; // one case's write is reported once, not again by every case after it
    if (problems.length > 0) failures.push(`${label}: ${problems.join("; ")}`);
  }

  async function fileCase(c: FileCase): Promise<string[]> {
    const actor = { ...ACTORS[c.actor ?? "admin"] };
    const bytes = await c.bytes();
    const parsed = await parseUpload(t.handle.db, c.kind, c.fileName, bytes);
    const roundCode = c.kind === "pktd" ? null : PAPER_ROUND;
    const analysis = await previewImport(t.handle.db, actor, { kind: c.kind, fileName: c.fileName, fileSha256: fileHash(bytes), parsed, roundCode });
    const problems = problemsWith(analysis.errors, c.says);
    if (!analysis.fileError && analysis.errors.length === 0) problems.push(`accepted: ${JSON.stringify(analysis.plan)}`);
    try {
      await t.handle.db.transaction((tx) =>
        commitImport(tx, { kind: c.kind, fileName: c.fileName, parsed: { file: parsed, sha256: fileHash(bytes) }, mode: "all", round: roundCode ? { code: roundCode } : null, actor }),
      );
      problems.push("the commit went through");
    } catch (e) {
      if (!(e instanceof AppError)) problems.push(`the commit failed without a sentence: ${(e as Error).message.slice(0, 200)}`);
    }
    return problems;
  }

  it("refuses every bad file and form input with a sentence in Indonesian, in time, writing nothing", async () => {
    for (const c of FILE_CASES) await check(`file: ${c.name}`, () => fileCase(c));

    // free text is data: stored byte for byte inside a transaction that is then rolled back
    for (const c of FREE_TEXT_CASES) {
      await check(`free text: ${c.name}`, async () => {
        const bytes = freeTextFile(c);
        const problems: string[] = [];
        await t.handle.db
          .transaction(async (tx) => {
            const round = c.kind === "pktd" ? null : { code: "CORPUS-FREE-TEXT", name: "Putaran korpus", source: "uji", licence: "uji", rubricVersion: "rubrik-2019-v1" as const };
            await commitImport(tx, { kind: c.kind, fileName: "free.csv", bytes, mode: "all", round, actor: ACTORS.admin });
            const query =
              c.kind === "respondents"
                ? `select answers->>'${c.field}' as v from respondents where respondent_id = 'BAD-0'`
                : c.kind === "clusters"
                  ? `select ${c.field} as v from clusters where code = 'BAD-0'`
                  : `select data->>'${c.field}' as v from pktd_records where village_code = '18.01.16.2004' and year = 2019`;
            const stored = await rowsOf<{ v: string }>(tx, sql.raw(query));
            if (stored[0]?.v !== c.value) problems.push(`stored ${JSON.stringify(stored[0]?.v)}`);
            const [table] = await rowsOf<{ r: string | null }>(tx, sql.raw("select to_regclass('respondents')::text as r"));
            if (!table?.r) problems.push("the respondents table is gone");
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        return problems;
      });
    }

    for (const c of FORM_CASES) {
      await check(`form: ${c.name}`, async () => {
        const result = (c.form === "round" ? newRoundSchema : createAccountSchema).safeParse(c.input);
        if (result.success) return ["accepted"];
        const issue = result.error.issues.find((i) => i.path[0] === c.field);
        if (!issue) return [`no error on ${c.field}: ${JSON.stringify(result.error.issues.map((i) => i.path))}`];
        const idText = validation(issue.message, id);
        const enText = validation(issue.message, en as typeof id);
        return idText && enText && idText !== enText ? [] : [`message key ${issue.message} has no Indonesian sentence`];
      });
    }

    for (const c of FREE_TEXT_FORM_CASES) {
      await check(`free text form: ${c.name}`, async () => {
        const input = newRoundSchema.parse(c.input);
        const problems: string[] = [];
        await t.handle.db
          .transaction(async (tx) => {
            const bytes = freeTextFile(FREE_TEXT_CASES[0]!);
            await commitImport(tx, { kind: "respondents", fileName: "free.csv", bytes, mode: "all", round: input, actor: ACTORS.admin });
            const [stored] = await rowsOf<{ name: string; source: string; licence: string }>(tx, sql.raw(`select name, source, licence from survey_rounds where code = 'BAD-ROUND'`));
            for (const field of ["name", "source", "licence"] as const) if (stored?.[field] !== c.input[field]) problems.push(`${field} stored as ${JSON.stringify(stored?.[field])}`);
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        return problems;
      });
    }
    await check("free text form: account display name", async () => {
      const parsed = createAccountSchema.parse(FREE_TEXT_ACCOUNT);
      return parsed.displayName === FREE_TEXT_ACCOUNT.displayName ? [] : [`display name became ${parsed.displayName}`];
    });

    console.log(`bad-input corpus (${name}): ${cases} cases, ${failures.length} failures; largest process ${maxRssMb.toFixed(0)} MB`);
    console.log(`bad-input corpus: ${cases} cases, ${failures.length} failures`);
    for (const f of failures) console.log(`  ✗ ${f}`);
    expect(cases).toBeGreaterThanOrEqual(50);
    expect(failures).toEqual([]);
  }, 900_000);
});
