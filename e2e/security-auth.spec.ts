import http from "node:http";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO, expect, signInByApi, signInByForm, test } from "./fixtures";

// Each test performs an attack that worked before the fixes of issue 8 (items 3-6) and
// issue 9 (items 9, 10) and asserts it no longer does.

const SHOTS = "test-results/screenshots";

function baseOf(page: Page) {
  return new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
}

/** A new account made by the administrator through the form; returns its id. */
async function createAccount(admin: Page, username: string, password: string) {
  await admin.goto("/admin/users");
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Buat akun" }) });
  await form.getByLabel("Nama pengguna").fill(username);
  await form.getByLabel("Nama tampilan").fill(`Uji ${username}`);
  await form.getByLabel("Peran").selectOption("ministry_staff");
  await form.getByLabel("Kata sandi awal").fill(password);
  await form.getByRole("button", { name: "Buat akun" }).click();
  await admin.waitForURL(/\/admin\/users\/\d+\?created=1/);
  return Number(new URL(admin.url()).pathname.split("/").pop());
}

/** Signs in through next-auth's API in a fresh context and returns that context's cookies. */
async function signInElsewhere(browser: Browser, username: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" } });
  expect(response.ok()).toBeTruthy();
  return { context, page, cookies: await context.cookies() };
}

/** Opens /account with a copy of the cookies, as a thief holding them would. */
async function accountOpensWith(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const response = await thief.request.get("/account", { maxRedirects: 0 });
  await thief.close();
  return response.status() === 200;
}

test.describe("open redirect after sign-in (issue 8 item 5)", () => {
  for (const payload of ["/%09/evil.example/path", "/%0D/evil.example/path", "/%0A/evil.example/path", "//evil.example", "/%5Cevil.example", "https:evil.example"]) {
    test(`a signed-in user opening callbackUrl=${payload} stays on the portal`, async ({ page }) => {
      await signInByApi(page, "kementerian");
      const response = await page.request.get(`/sign-in?callbackUrl=${payload}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const target = new URL(response.headers().location!, baseOf(page));
      expect(target.host).toBe(baseOf(page).host);
      expect(target.pathname).toBe("/");
    });
  }

  test("signing in through the form with callbackUrl=/%09/evil.example/path lands on the portal", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=/%09/evil.example/path");
    await page.getByLabel("Nama pengguna").fill(DEMO.kementerian.username);
    await page.getByLabel("Kata sandi").fill(DEMO.kementerian.password);
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await expect(page.getByTestId("account")).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    expect(new URL(page.url()).pathname).toBe("/");
  });
});

test("a link opened while signed out keeps its query through sign-in (issue 9 item 9)", async ({ page }) => {
  await page.goto("/map?level=18.01.16&metric=readiness");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/map?level=18.01.16&metric=readiness");
  await page.getByLabel("Nama pengguna").fill(DEMO.lamsel.username);
  await page.getByLabel("Kata sandi").fill(DEMO.lamsel.password);
  await page.getByRole("button", { name: "Masuk" }).last().click();
  await page.waitForURL((url) => url.pathname === "/map");
  const url = new URL(page.url());
  expect(url.searchParams.get("level")).toBe("18.01.16");
  expect(url.searchParams.get("metric")).toBe("readiness");
  await page.screenshot({ path: `${SHOTS}/security-after-sign-in-map.png` });
});

test.describe("sessions end when they should (issue 8 item 4)", () => {
  const password = "Awal#Sandi2026";

  test("a cookie copied before the administrator resets the password, or disables the account, is refused", async ({ page, browser }) => {
    await signInByApi(page, "admin");
    const username = `reset${Date.now().toString(36)}`;
    const id = await createAccount(page, username, password);

    const before = await signInElsewhere(browser, username, password);
    expect(await accountOpensWith(browser, before.cookies)).toBe(true);
    await page.goto(`/admin/users/${id}`);
    const reset = page.locator("form").filter({ has: page.getByRole("button", { name: "Atur ulang kata sandi" }) });
    await reset.getByLabel("Kata sandi baru").fill("Baru#Sandi2026");
    await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
    await expect(page.getByText("Kata sandi diatur ulang.")).toBeVisible();
    expect(await accountOpensWith(browser, before.cookies)).toBe(false);
    await before.context.close();

    // the new password opens a new session; disabling the account ends that one too
    const after = await signInElsewhere(browser, username, "Baru#Sandi2026");
    expect(await accountOpensWith(browser, after.cookies)).toBe(true);
    await page.goto(`/admin/users/${id}`);
    await page.getByRole("radio", { name: "Nonaktif" }).check();
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Perubahan disimpan.")).toBeVisible();
    expect(await accountOpensWith(browser, after.cookies)).toBe(false);
    // enabling it again does not bring the old session back
    await page.getByRole("radio", { name: "Aktif", exact: true }).check();
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Perubahan disimpan.")).toBeVisible();
    expect(await accountOpensWith(browser, after.cookies)).toBe(false);
    await after.context.close();
  });

  test("signing out ends that session, also for a copy of its cookie", async ({ page, browser }) => {
    await signInByApi(page, "admin");
    const username = `out${Date.now().toString(36)}`;
    await createAccount(page, username, password);
    const user = await signInElsewhere(browser, username, password);
    expect(await accountOpensWith(browser, user.cookies)).toBe(true);
    await user.page.goto("/account");
    await user.page.getByRole("button", { name: "Keluar", exact: true }).click();
    await expect(user.page.getByRole("link", { name: "Masuk" }).first()).toBeVisible();
    expect(await accountOpensWith(browser, user.cookies)).toBe(false);
    await user.context.close();
  });

  test("sign out everywhere ends every session; changing one's own password does too and is audited", async ({ page, browser }) => {
    await signInByApi(page, "admin");
    const username = `all${Date.now().toString(36)}`;
    await createAccount(page, username, password);

    const phone = await signInElsewhere(browser, username, password);
    const laptop = await signInElsewhere(browser, username, password);
    await laptop.page.goto("/account");
    await laptop.page.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
    await laptop.page.waitForURL(/\/sign-in\?notice=signed_out_everywhere/);
    await expect(laptop.page.getByRole("status")).toContainText("keluar dari semua perangkat");
    expect(await accountOpensWith(browser, phone.cookies)).toBe(false);
    expect(await accountOpensWith(browser, laptop.cookies)).toBe(false);
    await phone.context.close();

    // her own password: the current one is required, then every session ends
    const self = laptop.page;
    await signInByForm(self, username, password);
    await expect(self.getByTestId("account")).toBeVisible();
    const copy = await laptop.context.cookies();
    await self.goto("/account");
    await self.getByLabel("Kata sandi sekarang").fill("not-my-password");
    await self.getByLabel("Kata sandi baru", { exact: true }).fill("Ganti#Sandi2026");
    await self.getByLabel("Ulangi kata sandi baru").fill("Ganti#Sandi2026");
    await self.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(self.getByRole("alert").filter({ hasText: "Kata sandi sekarang salah" })).toBeVisible();
    await self.screenshot({ path: `${SHOTS}/security-account-wrong-password.png`, fullPage: true });
    await self.getByLabel("Kata sandi sekarang").fill(password);
    await self.getByLabel("Kata sandi baru", { exact: true }).fill("Ganti#Sandi2026");
    await self.getByLabel("Ulangi kata sandi baru").fill("Ganti#Sandi2026");
    await self.getByRole("button", { name: "Ganti kata sandi" }).click();
    await self.waitForURL(/\/sign-in\?notice=password_changed/);
    expect(await accountOpensWith(browser, copy)).toBe(false);
    await signInByForm(self, username, "Ganti#Sandi2026");
    await expect(self.getByTestId("account")).toBeVisible();
    await laptop.context.close();

    await page.goto("/admin/audit?action=account.change_own_password");
    await expect(page.getByTestId("audit").getByRole("row").filter({ hasText: username }).first()).toBeVisible();
    await page.goto("/admin/audit?action=auth.sign_out_everywhere");
    await expect(page.getByTestId("audit").getByRole("row").filter({ hasText: username }).first()).toBeVisible();
  });

  test("the account page fits a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInByApi(page, "lamsel");
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/security-account-390.png`, fullPage: true });
  });
});

test.describe("sign-in throttling keyed on the connection, not on a header (issue 8 item 6)", () => {
  // The attacker connects from 127.0.0.9 (any 127/8 address is local on Linux), an address no
  // other test uses: the browser itself may reach "localhost" over ::1 or 127.0.0.1.
  const ATTACKER = "127.0.0.9";

  function send(path: string, options: { method?: string; cookie?: string; body?: string; headers?: Record<string, string> } = {}) {
    const base = new URL(test.info().project.use.baseURL!);
    return new Promise<{ status: number; body: string; cookies: string[] }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: Number(base.port),
          path,
          method: options.method ?? "GET",
          localAddress: ATTACKER,
          headers: {
            ...(options.cookie ? { cookie: options.cookie } : {}),
            ...(options.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            ...options.headers,
          },
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!) }));
        },
      );
      req.on("error", reject);
      req.end(options.body);
    });
  }

  /** One sign-in attempt from the attacker's address; next-auth's error code, or null on success. */
  async function attempt(username: string, password: string, forwardedFor?: string) {
    const csrf = await send("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const response = await send("/api/auth/callback/credentials", {
      method: "POST",
      cookie: csrf.cookies.join("; "),
      body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    });
    const { url } = JSON.parse(response.body) as { url: string };
    return new URL(url).searchParams.get("error");
  }

  test("guessing names from one address locks that address only, whatever X-Forwarded-For says", async ({ page }) => {
    const tag = Date.now().toString(36);
    for (let i = 0; i < 20; i++) expect(await attempt(`guess${tag}${i}`, "wrong-password")).toBe("CredentialsSignin");
    // a forged header no longer buys a fresh bucket, not even with the right password
    expect(await attempt(`guess${tag}x`, "wrong-password", "203.0.113.99")).toBe("throttled");
    expect(await attempt(DEMO.kementerian.username, DEMO.kementerian.password, `198.51.100.${Math.floor(Math.random() * 250)}`)).toBe("throttled");

    // everyone else still signs in: there is no bucket shared by all clients
    await signInByForm(page, DEMO.admin.username, DEMO.admin.password);
    await expect(page.getByTestId("account")).toBeVisible();
    await page.goto("/admin/audit?action=auth.sign_in_throttled");
    const row = page.getByTestId("audit").getByRole("row").filter({ hasText: `guess${tag}x` });
    await expect(row.first()).toBeVisible();
    await expect(row.first()).toContainText("address");
  });
});

test.describe("not found answers 404 with a title that says so (issue 9 item 10)", () => {
  for (const [what, path] of [
    ["an unknown region", "/regions/99.99"],
    ["a Lampung Selatan village opened by the Lampung Timur official", "/regions/18.01.16.2004"],
    ["an unknown survey round", "/data/rounds/NOPE"],
    ["an unknown indicator", "/indicators/no_such_field"],
    ["a map level that is no region code", "/map?level=x"],
  ] as const) {
    test(`${what}: ${path}`, async ({ page }) => {
      await signInByApi(page, "lamtim");
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page).toHaveTitle(/Halaman tidak ditemukan/);
      await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    });
  }

  test("her own regency still answers 200", async ({ page }) => {
    await signInByApi(page, "lamtim");
    const response = await page.goto("/regions/18.07");
    expect(response!.status()).toBe(200);
  });
});
