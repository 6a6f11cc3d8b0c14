#!/usr/bin/env node
// `npm test`: unit + integration (vitest; PGlite and the Postgres at DATABASE_URL or
// 127.0.0.1:5432/test), the authorization matrix (Playwright's request API against next start on
// a fresh Postgres database), the fault tests (npm run test:faults), then end-to-end (Playwright,
// Debian chromium, against next build + next start on a fresh embedded database). Failed tests
// are named above the last line.
// Last line: "N passed, N failed".
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "test-results");
fs.mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs one step; its output goes to this terminal, or to `logFile` when it runs beside another step. */
function run(label, cmd, args, { extraEnv = {}, logFile } = {}) {
  const log = logFile ? fs.openSync(logFile, "a") : null;
  if (log) fs.writeSync(log, `\n=== ${label} ===\n`);
  else console.log(`\n=== ${label} ===`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: log ? ["ignore", log, log] : "inherit", env: { ...env, ...extraEnv } });
    child.on("exit", (code) => {
      if (log) fs.closeSync(log);
      resolve(code ?? 1);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let crashed = false;
/** "where › what" of every failed test, printed above the summary so a short log still names them */
const failures = [];

/** failed tests of a Playwright JSON report, suites walked recursively */
function playwrightFailures(suite, file = suite.file) {
  const here = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.filter((t) => t.status === "unexpected").map(() => `${spec.file ?? file}:${spec.line} › ${spec.title}`),
  );
  return [...here, ...(suite.suites ?? []).flatMap((s) => playwrightFailures(s, s.file ?? file))];
}

/** a vitest project with its JSON report, counted */
async function vitest(label, project, logFile) {
  const json = path.join(out, `vitest-${project}.json`);
  fs.rmSync(json, { force: true });
  const status = await run(label, "npx", ["vitest", "run", `--project=${project}`, "--reporter=default", "--reporter=json", `--outputFile.json=${json}`], { logFile });
  const v = readJson(json);
  if (!v) return void (crashed = true);
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  for (const file of v.testResults)
    for (const t of file.assertionResults) if (t.status === "failed") failures.push(`${path.relative(root, file.name)} › ${t.fullName}`);
  if (status !== 0 && v.numFailedTests === 0) crashed = true;
}

/** a Playwright run with its JSON report, counted */
async function playwright(label, args, name, logFile) {
  const json = path.join(out, `${name}.json`);
  fs.rmSync(json, { force: true });
  const status = await run(label, "npx", ["playwright", "test", ...args], { extraEnv: { PW_REPORTER: json }, logFile });
  const p = readJson(json);
  if (!p) return void (crashed = true);
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  for (const suite of p.suites ?? []) failures.push(...playwrightFailures(suite));
  if (status !== 0 && p.stats.unexpected === 0) crashed = true;
}

// Two lanes side by side on this 2-core machine: the integration files run one at a time (each on
// a database of its own, PGlite in this process and the Postgres server), which leaves a core for
// the other lane: unit tests, the portal's build, the authorization matrix (next start on a Postgres
// database of its own, see e2e/matrix/) and the fault tests (processes killed and connections cut
// on purpose, each on a database of its own; npm run test:faults). The other lane's output is
// printed when both end. The end-to-end journeys come after both: run beside the integration
// files instead, both took half as long again and the whole run gained nothing (31 min 23 s against 31 min 42 s,
// and 26 min 36 s once the integration files copied a set-up database).
const sideLog = path.join(out, "side-lane.log");
fs.rmSync(sideLog, { force: true });
async function sideLane() {
  await vitest("unit (vitest)", "unit", sideLog);
  const built = await run("build (next build)", "npx", ["next", "build"], { logFile: sideLog });
  if (built !== 0) return void (crashed = true);
  await playwright("authorization matrix (playwright)", ["-c", "playwright.matrix.config.ts"], "playwright-matrix", sideLog);
  await vitest("faults (vitest --project faults)", "faults", sideLog);
}
await Promise.all([vitest("integration (vitest)", "integration"), sideLane()]);
process.stdout.write(fs.readFileSync(sideLog, "utf8"));

// end to end against the build above (scripts/start.mjs builds again only if sources changed)
await playwright("end to end (playwright)", [], "playwright");

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);
if (crashed) {
  console.log("\nA test runner stopped before reporting (see its output above).");
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
