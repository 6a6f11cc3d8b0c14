import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import postgres from "postgres";
import { expect, test } from "./fixtures";

/**
 * Issue 14 item 3: while the database is down every page answers 503 with a sentence and the
 * API answers 503; the portal recovers by itself. A second `next start` (the build of this run)
 * serves a dedicated Postgres database through a TCP relay in this process, which the test cuts
 * and restores; the shared Postgres server is never stopped.
 */
const ROOT = process.cwd();
const SERVER = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const PAGES = ["/", "/sign-in", "/regions", "/about-data", "/data", "/scores", "/admin/accounts"];

/** A port nobody listens on now (the run's own E2E_PORT is taken by the main server). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
/** A TCP relay to the Postgres server that can be cut (every connection dropped, new ones refused) and restored. */
function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    open,
    get port() {
      return port;
    },
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}

test.describe("database unavailable", () => {
  test.describe.configure({ timeout: 300_000 });
  const name = `portal_e2e_down_${process.pid}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  const link = relay(new URL(SERVER));
  let portal: ChildProcess;
  let BASE = "";

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const direct = new URL(SERVER);
    direct.pathname = `/${name}`;
    const setup = spawnSync(process.execPath, ["--import", "tsx", "db/setup.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: direct.toString(), DEMO_ACCOUNTS: "1" }, encoding: "utf8" });
    expect(setup.status, setup.stderr).toBe(0);
    await link.open();
    const port = await freePort();
    BASE = `http://127.0.0.1:${port}`;
    const viaRelay = new URL(direct);
    viaRelay.port = String(link.port);
    portal = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: viaRelay.toString(), AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop", NEXTAUTH_URL: BASE, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    await expect.poll(async () => (await fetch(`${BASE}/about-data`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [500] }).toBe(200);
    expect(portal.exitCode).toBeNull(); // ours answered, not some other server
  });

  test.afterAll(async () => {
    portal?.kill("SIGTERM");
    await link.cut().catch(() => {});
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  test("every page answers 503 with a sentence while the database is down, the API too, and the portal recovers by itself", async ({ page }) => {
    expect((await fetch(`${BASE}/about-data`)).status).toBe(200);
    await link.cut();
    // the proxy's probe answer may be a second old
    await expect.poll(async () => (await fetch(`${BASE}/`, { redirect: "manual" })).status, { timeout: 5_000, intervals: [250] }).toBe(503);

    for (const url of PAGES) {
      const res = await fetch(`${BASE}${url}`, { redirect: "manual" });
      expect(res.status, url).toBe(503);
      expect(res.headers.get("retry-after")).toBe("10");
      const body = await res.text();
      expect(body, url).toContain("Portal sementara tidak tersedia");
      expect(body).not.toMatch(/ECONNREFUSED|postgres:\/\/|at \S+:\d+/);
    }
    const english = await fetch(`${BASE}/regions`, { headers: { cookie: "locale=en" } });
    expect(await english.text()).toContain("The portal is temporarily unavailable");
    const api = await fetch(`${BASE}/api/auth/session`);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: "unavailable", message: expect.stringContaining("basis data tidak dapat dihubungi") });

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${BASE}/regions`);
    await expect(page.getByRole("heading", { name: "Portal sementara tidak tersedia" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/db-unavailable-390.png" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(portal.exitCode).toBeNull(); // the server kept running

    await link.open();
    await expect.poll(async () => (await fetch(`${BASE}/about-data`)).status, { timeout: 20_000, intervals: [500] }).toBe(200);
    const signIn = await fetch(`${BASE}/sign-in`);
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain("<title>Masuk — Portal Klaster Industri Rumahan</title>");
  });
});
