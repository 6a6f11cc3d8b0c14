import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());

test("an administrator filters the audit log by actor, action, object and date, and downloads it as CSV", async ({ page, browser }) => {
  // the Lampung Selatan official signs in: one auth.sign_in row with her name
  const other = await browser.newPage();
  await signInByApi(other, "lamsel");
  await other.close();

  await signInByApi(page, "admin");
  await page.goto("/admin/audit");
  await page.getByLabel("Oleh (nama pengguna)").fill("lamsel");
  await page.getByLabel("Tindakan").selectOption({ label: "Masuk" });
  await page.getByLabel("Dari tanggal").fill(today());
  await page.getByLabel("Sampai tanggal").fill(today());
  await page.getByRole("button", { name: "Saring" }).click();
  await expect(page).toHaveURL(/actor=lamsel/);
  const query = Object.fromEntries(new URL(page.url()).searchParams);
  expect(query).toMatchObject({ actor: "lamsel", action: "auth.sign_in", from: today(), to: today() });
  const rows = page.getByTestId("audit").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-action", "auth.sign_in");
    await expect(row.locator("td").nth(1)).toHaveText("lamsel");
  }
  await expect(page.getByTestId("audit-count")).toContainText(`${await rows.count()} catatan`);

  // by object: the demo account "lamsel" was created once, by the seed
  await page.goto("/admin/audit?type=user&action=account.create");
  await expect(page.getByTestId("audit").locator("tbody tr")).toHaveCount(5);
  // a day with nothing says so
  await page.goto("/admin/audit?from=2019-01-01&to=2019-01-02");
  await expect(page.getByText("Tidak ada catatan yang cocok")).toBeVisible();

  await page.goto(`/admin/audit?actor=lamsel&action=auth.sign_in`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV" }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).join("");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("id,at,actor,action,action_label,entity_type,entity_id,before,after,ip");
  expect(lines.length).toBe((await page.getByTestId("audit").locator("tbody tr").count()) + 1);
  for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,\d{4}-\d\d-\d\dT[^,]+,lamsel,auth\.sign_in,Masuk,user,/);

  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screenshots/audit-390.png", fullPage: true });
});

test("the audit CSV is for administrators only", async ({ page }) => {
  expect((await page.request.get("/admin/audit/csv")).status()).toBe(401);
  await signInByApi(page, "kementerian");
  expect((await page.request.get("/admin/audit/csv")).status()).toBe(404);
});
