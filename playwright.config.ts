import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// A fresh embedded database per run: tests never share a long-lived one.
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `portal-e2e-${process.pid}`);

export default defineConfig({
  testDir: "./e2e",
  // the authorization matrix runs against its own Postgres-backed server: playwright.matrix.config.ts
  testIgnore: ["matrix/**"],
  outputDir: "./test-results/artifacts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_REPORTER ? [["list"], ["json", { outputFile: process.env.PW_REPORTER }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "id-ID",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // builds when sources changed, sets up the database, serves next start
    command: "node scripts/start.mjs",
    url: `http://localhost:${PORT}/about-data`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATABASE_URL: "",
      DEMO_ACCOUNTS: "1",
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    },
  },
});
