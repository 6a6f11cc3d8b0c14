import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { CANTI } from "../lib/paper-seed/clusters";

const SHOTS = "test-results/screenshots";

async function noSidewaysScroll(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the Lampung Selatan official enters wages at 20 % of the physical work, sees R1 fail before saving, and policy support change after", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/data/pktd");
  // the pointer says the checks are in the table's rules column: they are
  await expect(page.getByText("Aturan R1–R5").first()).toBeVisible();
  await expect(page.getByTestId("rules").first()).toContainText("R1");
  await page.screenshot({ path: `${SHOTS}/pktd-list.png`, fullPage: true });
  await noSidewaysScroll(page, "pktd-list");
  await page.getByTestId("rules").first().getByRole("link", { name: "Pemeriksaan aturan" }).click();
  await expect(page.getByTestId("pktd-checks")).toBeVisible();

  await page.goto(`/data/pktd/edit?village=${CANTI.villageCode}&year=2019`);
  const before = (await page.getByTestId("policy-support-value").textContent())!.trim();
  const checks = page.getByTestId("live-checks");
  await expect(checks.locator('[data-rule="R1"]')).toHaveAttribute("data-status", "pass");

  // a field that is not a rupiah amount: the error under the field and in the summary
  const fund = page.getByLabel("Total Dana Desa (Rp)");
  await fund.fill("satu miliar");
  await fund.blur();
  await expect(page.locator("#dana_desa_total-error")).toHaveText(/rupiah bulat/);
  await expect(page.getByTestId("error-summary")).toContainText("Total Dana Desa");
  await fund.fill("Rp 1.024.380.000");
  await fund.blur();
  await expect(page.getByTestId("error-summary")).toHaveCount(0);

  await page.getByLabel("Nilai pekerjaan fisik (Rp)").fill("300.000.000");
  await page.getByLabel("Upah yang dibayarkan (Rp)").fill("60.000.000");
  await expect(checks.locator('[data-rule="R1"]')).toHaveAttribute("data-status", "fail");
  await expect(page.getByTestId("wage-share")).toContainText("20 %");
  await page.screenshot({ path: `${SHOTS}/pktd-entry-r1-fail.png`, fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await noSidewaysScroll(page, "pktd-entry");

  await page.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Catatan PKTD disimpan" })).toBeVisible();
  const after = (await page.getByTestId("policy-support-value").textContent())!.trim();
  expect(after).not.toBe(before);
  await expect(page.getByTestId("live-checks").locator('[data-rule="R1"]')).toHaveAttribute("data-status", "fail");
  await page.screenshot({ path: `${SHOTS}/pktd-entry-saved.png`, fullPage: true });

  // the village profile shows the new check
  await page.goto(`/regions/${CANTI.villageCode}?round=IR-LAMSEL-2019#ps`);
  await expect(page.getByTestId("pktd-checks")).toContainText("tidak memenuhi");
});

test("a programme activity for a cluster; an out-of-scope village is not found", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/data/pktd/activities");
  await page.getByLabel("Klaster").selectOption({ label: "Sentra Keripik Pisang Canti — IR Lampung Selatan 2019" });
  await page.getByLabel("Jenis dukungan").selectOption("training");
  await page.getByLabel("Tanggal").fill("2019-08-17");
  await page.getByLabel("Anggaran (Rp)").fill("15 juta");
  await page.getByLabel("Penyelenggara").fill("DPPPA Lampung Selatan");
  await page.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.locator("#budget-error")).toContainText("rupiah bulat");
  await page.getByLabel("Anggaran (Rp)").fill("Rp 15.000.000");
  await page.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByText("Kegiatan disimpan.")).toBeVisible();
  await expect(page.getByTestId("activities")).toContainText("Rp 15.000.000");
  await page.screenshot({ path: `${SHOTS}/pktd-activities.png`, fullPage: true });
  await noSidewaysScroll(page, "pktd-activities");

  await page.goto("/data/pktd/edit?village=18.07.01.2004&year=2019");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByTestId("pktd-form")).toHaveCount(0);
  // ministry staff may not enter records at all
  await signInByApi(page, "kementerian");
  await page.goto("/data/pktd/edit");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("two officials saving the same PKTD record: the second gets a conflict, not a lost update", async ({ browser }) => {
  const url = `/data/pktd/edit?village=${CANTI.villageCode}&year=2018`;
  const first = await browser.newPage();
  const second = await browser.newPage();
  for (const p of [first, second]) {
    await signInByApi(p, "lamsel");
    await p.goto(url);
  }
  await first.getByLabel("Jumlah kegiatan PKTD").fill("5");
  await first.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Catatan PKTD disimpan" })).toBeVisible();

  await second.getByLabel("Jumlah kegiatan PKTD").fill("6");
  await second.getByRole("button", { name: "Simpan catatan" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "baru saja diubah oleh pengguna lain" })).toBeVisible();
  await second.screenshot({ path: `${SHOTS}/pktd-conflict.png`, fullPage: true });
  await second.goto(url);
  await expect(second.getByLabel("Jumlah kegiatan PKTD")).toHaveValue("5");
  await first.close();
  await second.close();
});
