import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { CANTI, WAI_MULI_TIMUR } from "../lib/paper-seed/clusters";

const SHOTS = "test-results/screenshots";

async function noSidewaysScroll(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300); // charts resize
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function pick(page: Page, query: string, option: RegExp) {
  const box = page.getByRole("combobox", { name: "Cari tempat (nama atau kode)" });
  await box.fill(query);
  await expect(page.getByRole("option", { name: option }).first()).toBeVisible();
  // keyboard only: the first option is active; move to the wanted one and press Enter
  const options = page.getByRole("option");
  const names = await options.allTextContents();
  const index = names.findIndex((n) => option.test(n));
  for (let i = 0; i < index; i++) await box.press("ArrowDown");
  await box.press("Enter");
}

test("ministry staff compare Canti and Wai Muli Timur, ask for peers, save the comparison and reopen its link; lamtim gets not found", async ({ page, browser }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/");
  await page.getByRole("link", { name: "Bandingkan" }).first().click();
  await expect(page.getByRole("heading", { name: "Bandingkan", level: 1 })).toBeVisible();

  // search by name, not by code
  await pick(page, "Canti", /^Canti · Desa/);
  await pick(page, "Wai Muli", /^Wai Muli Timur · Desa/);
  await expect(page.getByTestId("picked")).toContainText("Canti");
  await expect(page.getByTestId("picked")).toContainText("Wai Muli Timur");
  await page.screenshot({ path: `${SHOTS}/compare-picker.png`, fullPage: true });
  await page.getByRole("button", { name: "Bandingkan", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`u=village%3A${CANTI.villageCode}.*u=village%3A${WAI_MULI_TIMUR.villageCode}`));
  const table = page.getByTestId("compare-table");
  await expect(table.locator("thead th")).toHaveCount(3);
  for (const row of ["readiness", "stratum", "variable.institution", "indicator.value_added", "ir.IR3", "social.index", "policy.index"]) {
    await expect(table.locator(`tr[data-row="${row}"]`)).toBeVisible();
  }
  // best and worst are marked by a symbol and a word, not by colour only
  const readiness = table.locator('tr[data-row="readiness"]');
  await expect(readiness.locator('[data-mark="best"]')).toHaveCount(1);
  await expect(readiness.locator('[data-mark="worst"]')).toHaveCount(1);
  await expect(readiness.locator('[data-mark="best"]')).toContainText("terbaik");
  await expect(table.locator('tr[data-row="n"]')).toContainText("56");
  await expect(table.locator('tr[data-row="n"]')).toContainText("45");
  await expect(page.getByTestId("chart-summary")).toContainText("Kesiapan tertinggi");
  await expect(page.locator('canvas[role="img"]')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/compare-table.png`, fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await noSidewaysScroll(page, "compare-table");

  // the most similar places to Canti in the same round, with the distance
  await page.getByLabel("Cari yang mirip dengan").selectOption(`village:${CANTI.villageCode}`);
  await page.getByRole("button", { name: "Cari yang mirip" }).click();
  const peers = page.getByTestId("peers-table");
  await expect(peers).toContainText("Wai Muli Timur");
  await expect(peers.getByTestId("peer-distance").first()).toHaveText(/^\d+,\d{3}$/);
  await page.screenshot({ path: `${SHOTS}/compare-peers.png`, fullPage: true });

  // save with a title and open the short link
  await page.getByLabel("Judul").fill("Canti dan Wai Muli Timur 2019");
  await page.getByRole("button", { name: "Simpan dan buat tautan" }).click();
  await expect(page).toHaveURL(/\/compare\/s\/[A-Za-z0-9]{12}$/);
  const link = new URL(page.url()).pathname;
  await expect(page.getByTestId("saved-title")).toHaveText("Canti dan Wai Muli Timur 2019");
  await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/compare-saved.png`, fullPage: true });
  await noSidewaysScroll(page, "compare-saved");
  await page.goto(link);
  await expect(page.getByTestId("saved-title")).toHaveText("Canti dan Wai Muli Timur 2019");
  await page.goto("/compare");
  await expect(page.getByTestId("saved-list")).toContainText("Canti dan Wai Muli Timur 2019");

  // Lampung Selatan may open it; Lampung Timur may not see these places: not found
  const lamsel = await browser.newPage();
  await signInByApi(lamsel, "lamsel");
  await lamsel.goto(link);
  await expect(lamsel.getByTestId("saved-title")).toBeVisible();
  await lamsel.close();
  const lamtim = await browser.newPage();
  await signInByApi(lamtim, "lamtim");
  await lamtim.goto(link);
  // the portal's not-found page (the root loading boundary streams, so the document status is the shell's)
  await expect(lamtim.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(lamtim.getByTestId("saved-title")).toHaveCount(0);
  await expect(lamtim.locator("body")).not.toContainText("Canti dan Wai Muli Timur 2019");
  await lamtim.screenshot({ path: `${SHOTS}/compare-saved-lamtim-404.png`, fullPage: true });
  // and her picker finds nothing of Lampung Selatan
  const hits = await (await lamtim.request.get("/compare/search?round=IR-LAMSEL-2019&q=canti")).json().catch(() => ({ hits: [] }));
  expect(hits.hits ?? []).toEqual([]);
  await lamtim.close();
});

test("ministry staff rank every village of a round by any score, sort it, and download it as CSV", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/compare");
  await page.getByRole("link", { name: "Peringkat nasional semua desa atau kabupaten" }).click();
  const table = page.getByTestId("rank-table");
  await expect(table).toContainText("Canti");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("link", { name: /Kesiapan klaster/ }).click();
  await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");
  await page.screenshot({ path: `${SHOTS}/compare-rank.png`, fullPage: true });
  await noSidewaysScroll(page, "compare-rank");
  const csv = await page.request.get("/compare/rank/csv?round=IR-LAMSEL-2019&unit=village&by=readiness&dir=desc");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toMatch(/^rank,unit_type,code,name,n,readiness/);
  expect(lines).toHaveLength(3);

  // regency officials cannot rank nationally
  await signInByApi(page, "lamsel");
  await page.goto("/compare/rank");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await page.request.get("/compare/rank/csv?round=IR-LAMSEL-2019")).status()).toBe(404);
});
