import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The authorization matrix (e2e/matrix/): HTTP requests only, against next start on a fresh
// Postgres database of its own (see e2e/matrix/server.mjs), so the test can fingerprint tables.
const PORT = Number(process.env.E2E_PORT ?? 3212);
const base = process.env.MATRIX_PG ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const dbUrl = new URL(base);
dbUrl.pathname = `/portal_matrix_${PORT}_${process.pid}`;
process.env.MATRIX_DATABASE_URL ??= dbUrl.toString();
process.env.MATRIX_STATE ??= path.join(os.tmpdir(), `portal-matrix-${PORT}-${process.pid}.json`);

export default defineConfig({
  testDir: "./e2e/matrix",
  globalTeardown: "./e2e/matrix/teardown.ts",
  outputDir: "./test-results/matrix-artifacts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 600_000,
  reporter: process.env.PW_REPORTER ? [["list"], ["json", { outputFile: process.env.PW_REPORTER }]] : [["list"]],
  use: { baseURL: `http://localhost:${PORT}` },
  webServer: {
    command: "node e2e/matrix/server.mjs",
    url: `http://localhost:${PORT}/about-data`,
    timeout: 600_000,
    reuseExistingServer: process.env.MATRIX_REUSE === "1",
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.MATRIX_DATABASE_URL,
      MATRIX_STATE: process.env.MATRIX_STATE,
      DEMO_ACCOUNTS: "1",
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    },
  },
});
