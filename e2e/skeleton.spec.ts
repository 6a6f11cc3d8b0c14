import AxeBuilder from "@axe-core/playwright";
import { DEMO, expect, signInByApi, signInByForm, test, type DemoUser } from "./fixtures";

const ROLE_LABEL: Record<DemoUser, string> = {
  admin: "Administrator",
  kementerian: "Staf kementerian",
  lamsel: "Pejabat kabupaten",
  lamtim: "Pejabat kabupaten",
  peneliti: "Peneliti",
};

test.describe("sign-in per role", () => {
  for (const who of Object.keys(DEMO) as DemoUser[]) {
    test(`${who} signs in and sees only the areas of the role`, async ({ page }) => {
      await signInByForm(page, DEMO[who].username, DEMO[who].password);
      const account = page.getByTestId("account");
      await expect(account).toContainText(DEMO[who].name);
      await expect(account).toContainText(ROLE_LABEL[who]);
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      await expect(nav.getByRole("link", { name: "Wilayah" }).first()).toBeAttached();
      await expect(nav.getByRole("link", { name: "Log audit" })).toHaveCount(who === "admin" ? 1 : 0);
    });
  }

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await signInByForm(page, "lamsel", "wrong-password");
    await expect(page.getByRole("alert").filter({ hasText: "Nama pengguna atau kata sandi salah" })).toBeVisible();
    await expect(page.getByTestId("account")).toHaveCount(0);
  });

  test("repeated failures lock the name for 15 minutes", async ({ page }) => {
    const name = `ghost${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await signInByForm(page, name, "wrong-password");
      await expect(page.getByRole("alert").filter({ hasText: "salah" })).toBeVisible();
    }
    await signInByForm(page, name, "wrong-password");
    await expect(page.getByRole("alert").filter({ hasText: "Terlalu banyak percobaan gagal" })).toBeVisible();
  });
});

test("the Lampung Timur official cannot open a Lampung Selatan village, and her sign-in is audited", async ({ page, browser }) => {
  await signInByForm(page, DEMO.lamtim.username, DEMO.lamtim.password);
  await expect(page.getByTestId("account")).toBeVisible();
  await page.goto("/regions/18.01.16.2004");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Canti")).toHaveCount(0);
  // her own regency opens, with its parents as names only
  await page.goto("/regions/18.07");
  await expect(page.getByRole("heading", { level: 1, name: "Kabupaten Lampung Timur" })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "Jejak wilayah" });
  await expect(crumbs.getByText("Lampung", { exact: true })).toBeVisible();
  await expect(crumbs.getByRole("link", { name: "Lampung", exact: true })).toHaveCount(0);

  const admin = await browser.newPage();
  await signInByApi(admin, "admin");
  await admin.goto("/admin/audit?action=auth.sign_in");
  await expect(admin.getByTestId("audit").getByRole("row").filter({ hasText: "lamtim" }).first()).toBeVisible();
  await admin.close();
});

test("the language switch changes the page and is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portal Klaster Industri Rumahan");
  await page.getByRole("button", { name: "EN English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Home-Industry Cluster Portal");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Sign in to the portal" })).toBeVisible();
  await page.getByRole("button", { name: "ID Bahasa Indonesia" }).click();
  await expect(page.getByRole("link", { name: "Masuk ke portal" })).toBeVisible();
});

test("region search finds both Rajabasa districts, told apart by their parents", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/regions");
  await page.getByLabel("Cari nama atau kode wilayah").fill("Rajabasa");
  await page.getByRole("button", { name: "Cari" }).click();
  const results = page.getByTestId("search-results");
  const lamsel = results.getByRole("row").filter({ hasText: "18.01.16" }).filter({ hasText: "Kecamatan" });
  const bandar = results.getByRole("row").filter({ hasText: "18.71.10" }).filter({ hasText: "Kecamatan" });
  await expect(lamsel).toContainText("Raja Basa");
  await expect(lamsel).toContainText("Kabupaten Lampung Selatan");
  await expect(bandar).toContainText("Rajabasa");
  await expect(bandar).toContainText("Kota Bandar Lampung");
  await lamsel.getByRole("link", { name: "Raja Basa" }).click();
  await expect(page.getByTestId("region-code")).toHaveText("18.01.16");
  await expect(page.getByTestId("children")).toContainText("Canti");
  await page.screenshot({ path: "test-results/screenshots/region-raja-basa.png", fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});

test("the Lampung Selatan official's search stays inside her regency", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/regions?q=Rajabasa");
  const results = page.getByTestId("search-results");
  await expect(results).toContainText("18.01.16");
  await expect(results).not.toContainText("18.71.10");
});

test("home page: signed-in dashboard of her regions", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/");
  const regions = page.getByRole("region", { name: "Wilayah Anda" });
  await expect(regions.getByRole("link", { name: "Kabupaten Lampung Selatan" })).toBeVisible();
  await expect(regions).toContainText("17 kecamatan, 260 desa/kelurahan");
  await page.screenshot({ path: "test-results/screenshots/home-lamsel.png", fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});

test("the administrator creates, scopes and disables an account; each change is audited", async ({ page, browser }) => {
  const username = `ani${Date.now().toString(36)}`;
  await signInByApi(page, "admin");
  await page.goto("/admin/users");
  // an invalid form keeps what was typed and says what is wrong
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama tampilan").fill("Ani Lampung Barat");
  await page.getByLabel("Kata sandi awal").fill("short");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Kata sandi minimal 10 karakter.")).toBeVisible();
  await expect(page.getByText("Pejabat kabupaten memerlukan minimal satu wilayah tanggung jawab.")).toBeVisible();
  await expect(page.getByLabel("Nama pengguna")).toHaveValue(username);

  await page.getByLabel("Wilayah tanggung jawab").fill("18.04");
  await page.getByLabel("Kata sandi awal").fill("Rahasia#2026x");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Akun dibuat.")).toBeVisible();

  // the new official signs in and sees her regency only
  const ani = await browser.newPage();
  await signInByForm(ani, username, "Rahasia#2026x");
  await expect(ani.getByTestId("account")).toContainText("Ani Lampung Barat");
  await ani.goto("/regions/18.04");
  await expect(ani.getByRole("heading", { level: 1, name: "Kabupaten Lampung Barat" })).toBeVisible();
  await ani.goto("/regions/18.01");
  await expect(ani.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

  // disabling takes effect on her next request, not at the end of her session
  await page.getByText("Nonaktif").click();
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan disimpan.")).toBeVisible();
  await ani.goto("/regions/18.04");
  await expect(ani).toHaveURL(/sign-in/);
  await ani.close();

  await page.getByLabel("Kata sandi baru").fill("Baru#Rahasia2026");
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByText("Kata sandi diatur ulang.")).toBeVisible();

  await page.goto("/admin/audit");
  const rows = page.getByTestId("audit").getByRole("row");
  const update = rows.filter({ hasText: "account.update" }).first();
  await expect(update).toContainText('"active": true');
  await expect(update).toContainText('"active": false');
  await expect(rows.filter({ hasText: "account.create" }).filter({ hasText: username })).toHaveCount(1);
  await expect(rows.filter({ hasText: "account.reset_password" }).first()).toBeVisible();
  await expect(page.getByTestId("audit")).not.toContainText("Baru#Rahasia2026");
});

test("non-administrators cannot reach administration pages", async ({ page }) => {
  await signInByApi(page, "kementerian");
  for (const path of ["/admin/users", "/admin/audit", "/admin/users/1"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  }
});

test("the create-account action refuses a regency official who posts it directly", async ({ page, context }) => {
  // the form is only rendered for administrators: load it as one, then switch the session
  await signInByApi(page, "admin");
  await page.goto("/admin/users");
  await context.clearCookies();
  await signInByApi(page, "lamtim");
  const username = `intruder${Date.now().toString(36)}`;
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama tampilan").fill("Intruder");
  await page.getByLabel("Peran").selectOption("administrator");
  await page.getByLabel("Kata sandi awal").fill("Intruder#2026x");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Peran Anda tidak mengizinkan tindakan ini." })).toBeVisible();

  await context.clearCookies();
  await signInByApi(page, "admin");
  await page.goto("/admin/users");
  await expect(page.getByTestId("accounts")).not.toContainText(username);
});

test("screenshot of the public home page", async ({ page }) => {
  await page.goto("/");
  await page.screenshot({ path: "test-results/screenshots/home-public.png", fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});
