#!/usr/bin/env node
// `npm test`: unit + integration (vitest; PGlite and the Postgres at DATABASE_URL or
// 127.0.0.1:5432/test), the fault tests (npm run test:faults), then end-to-end (Playwright,
// Debian chromium, against next build + next start on a fresh embedded database), then the
// authorization matrix (Playwright's request API against next start on a fresh Postgres
// database). Last line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "test-results");
fs.mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status ?? 1;
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

const vitestJson = path.join(out, "vitest.json");
fs.rmSync(vitestJson, { force: true });
const vitestStatus = run("unit + integration (vitest)", "npx", [
  "vitest",
  "run",
  "--project=unit",
  "--project=integration",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (vitestStatus !== 0 && v.numFailedTests === 0) crashed = true;
} else crashed = true;

// the fault tests kill processes and cut connections on purpose; they run apart (npm run test:faults)
const faultsJson = path.join(out, "vitest-faults.json");
fs.rmSync(faultsJson, { force: true });
const faultsStatus = run("faults (vitest --project faults)", "npx", [
  "vitest",
  "run",
  "--project=faults",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${faultsJson}`,
]);
const f = readJson(faultsJson);
if (f) {
  passed += f.numPassedTests;
  failed += f.numFailedTests;
  if (faultsStatus !== 0 && f.numFailedTests === 0) crashed = true;
} else crashed = true;

const pwJson = path.join(out, "playwright.json");
fs.rmSync(pwJson, { force: true });
const pwStatus = run("end to end (playwright)", "npx", ["playwright", "test"], { PW_REPORTER: pwJson });
const p = readJson(pwJson);
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  if (pwStatus !== 0 && p.stats.unexpected === 0) crashed = true;
} else crashed = true;

// the authorization matrix: next start on a Postgres database of its own (see e2e/matrix/)
const matrixJson = path.join(out, "playwright-matrix.json");
fs.rmSync(matrixJson, { force: true });
const matrixStatus = run("authorization matrix (playwright)", "npx", ["playwright", "test", "-c", "playwright.matrix.config.ts"], { PW_REPORTER: matrixJson });
const mx = readJson(matrixJson);
if (mx) {
  passed += mx.stats.expected + mx.stats.flaky;
  failed += mx.stats.unexpected;
  if (matrixStatus !== 0 && mx.stats.unexpected === 0) crashed = true;
} else crashed = true;

if (crashed) {
  console.log("\nA test runner stopped before reporting (see its output above).");
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
