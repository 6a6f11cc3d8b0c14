import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

const ROUND = "IR-LAMSEL-2019";

/** Chart.js sizes every canvas it draws on; wait for that before a screenshot. */
async function chartsDrawn(page: Page) {
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll("canvas")];
    return canvases.length > 0 && canvases.every((c) => c.style.width !== "" && c.width > 0);
  });
}

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
}

test("the ministry reads the paper's tables, opens one field and downloads every table as CSV", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto(`/indicators?round=${ROUND}`);
  await expect(page.getByRole("heading", { level: 1, name: "Indikator" })).toBeVisible();
  await expect(page.getByTestId("scope")).toContainText("101 responden");

  const marketing = page.getByTestId("indicator-marketing_zone");
  const village = page.getByTestId("table-marketing_zone").getByRole("row", { name: /Sekitar desa/ });
  await expect(village.getByRole("cell").nth(1)).toHaveText("70");
  await expect(village.getByRole("cell").nth(2)).toHaveText("69,3");
  await expect(marketing.getByTestId("summary")).toContainText("69,3 % menjual hanya di sekitar desa (70 dari 101).");
  await expect(marketing.getByRole("img")).toHaveAttribute("aria-label", /69,3/);

  const ir = page.getByTestId("table-ir_class").locator("tbody tr");
  await expect(ir).toHaveCount(3);
  for (const [i, [label, n]] of [["IR Pemula", "2"], ["IR Berkembang", "91"], ["IR Maju", "8"]].entries()) {
    await expect(ir.nth(i).getByRole("cell").first()).toHaveText(label!);
    await expect(ir.nth(i).getByRole("cell").nth(1)).toHaveText(n!);
  }

  await chartsDrawn(page);
  await page.screenshot({ path: "test-results/screenshots/indicators-overview.png", fullPage: true });
  await expectNoAxeViolations(page);

  // the field page: a larger chart and the same table, the filters kept
  await marketing.getByRole("link", { name: /Grafik besar dan tabel/ }).click();
  await expect(page).toHaveURL(/\/indicators\/marketing_zone\?round=IR-LAMSEL-2019$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wilayah pemasaran" })).toBeVisible();
  await expect(page.getByTestId("table-marketing_zone").getByRole("row", { name: /Sekitar desa/ })).toContainText("70");
  await chartsDrawn(page);
  await page.screenshot({ path: "test-results/screenshots/indicators-field.png", fullPage: true });
  await expectNoAxeViolations(page);
  // a phone: nothing wider than the screen
  await page.setViewportSize({ width: 360, height: 780 });
  // Chart.js follows the new width on its next resize observation
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await chartsDrawn(page);
  await page.screenshot({ path: "test-results/screenshots/indicators-field-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV semua tabel" }).click();
  let text = "";
  for await (const chunk of await (await download).createReadStream()) text += chunk.toString();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("field,code,label,n,pct,total");
  const valueAdded = lines.filter((l) => l.startsWith("value_added,"));
  expect(valueAdded).toHaveLength(4);
  expect(valueAdded).toContain('value_added,gt75,Lebih dari 75%,55,"54,5",101');
  expect(lines).toContain('ir_class,IR2,IR Berkembang,91,"90,1",101');
});

test("the region filter narrows, explains an ignored code and shows an empty region as such", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto(`/indicators?round=${ROUND}`);
  await page.getByLabel("Wilayah (nama atau kode)").fill("18.01.16.2004");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/region=18\.01\.16\.2004/);
  await expect(page.getByTestId("scope")).toContainText("Canti");
  await expect(page.getByTestId("scope")).not.toContainText("101 responden");

  await page.goto(`/indicators?round=${ROUND}&region=99.xx`);
  await expect(page.getByTestId("region-ignored")).toContainText("99.xx");
  await expect(page.getByTestId("scope")).toContainText("101 responden");

  await page.goto(`/indicators?round=${ROUND}&region=18.01.06`);
  await expect(page.getByTestId("empty-state")).toContainText("Belum ada data responden untuk wilayah ini.");
  await expect(page.getByTestId("table-marketing_zone")).toHaveCount(0);
});

test("in English the sentence and the numbers follow the language", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await signInByApi(page, "kementerian");
  await page.goto(`/indicators/marketing_zone?round=${ROUND}`);
  await expect(page.getByTestId("summary")).toContainText("69.3 % sell only around the village (70 of 101).");
  await expect(page.getByRole("heading", { level: 1, name: "Marketing zone" })).toBeVisible();
});

test("the Lampung Timur official gets no Lampung Selatan data", async ({ page }) => {
  await signInByApi(page, "lamtim");
  await page.goto(`/indicators?round=${ROUND}`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Sekitar desa")).toHaveCount(0);
  await page.goto(`/indicators/marketing_zone?round=${ROUND}`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await page.request.get(`/indicators/csv?round=${ROUND}`)).status()).toBe(404);

  // her own view offers no Lampung Selatan round
  await page.goto("/indicators");
  await expect(page.getByRole("heading", { level: 1, name: "Indikator" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(ROUND);
  await expect(page.locator("main")).not.toContainText("Canti");
});
