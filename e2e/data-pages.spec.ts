import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { paperPktdRows, paperRespondentRows, PKTD_COLUMNS, RESPONDENT_COLUMNS } from "../lib/paper-seed";
import { expect, signInByApi, test } from "./fixtures";

const SHOTS = "test-results/screenshots";

// Lampung Timur's last 105 villages: away from the villages and years other journeys use,
// so their lists and policy support stay as they expect
const VILLAGES = gunzipSync(readFileSync(path.join(__dirname, "../db/seed/data/geo/indonesia-admin-units.csv.gz")))
  .toString("utf8")
  .split("\n")
  .map((line) => line.split(",")[0]!)
  .filter((code) => /^18\.07\.\d{2}\.\d{4}$/.test(code))
  .sort()
  .slice(-105);

const csv = (columns: readonly string[], rows: Record<string, string>[]) =>
  [columns.join(";"), ...rows.map((r) => columns.map((c) => `"${(r[c] ?? "").replace(/"/g, '""')}"`).join(";"))].join("\n");

async function upload(page: Page, kind: string, name: string, text: string) {
  await page.getByLabel(kind).check();
  await page.getByLabel("Berkas").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByRole("heading", { name: "Pratinjau impor" })).toBeVisible();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();
}

async function narrow(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 390 px`).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a round of 105 clusters and its data quality come a hundred rows at a time, page 2 one link away", async ({ page }) => {
  const code = `PG-${Date.now().toString(36).toUpperCase()}`;
  const template = paperRespondentRows()[0]!;
  // two respondents per village, each village its own cluster; the last two alike apart from their id
  const rows = VILLAGES.flatMap((village, i) =>
    [1, 2].map((k) => ({ ...template, respondent_id: `${code}-${i}-${k}`, village_code: village, cluster_code: `${code}-K${String(i).padStart(3, "0")}` })),
  );
  rows[rows.length - 1] = { ...rows[rows.length - 2]!, respondent_id: `${code}-twin` };
  await signInByApi(page, "peneliti");
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(code);
  await page.getByLabel("Nama putaran").fill("Uji halaman 105 klaster");
  await page.getByLabel("Sumber", { exact: true }).fill("Uji end-to-end");
  await page.getByLabel("Lisensi").fill("CC BY 4.0");
  await upload(page, "Responden", "halaman.csv", csv(RESPONDENT_COLUMNS, rows));

  // the round page: the first hundred clusters, the count of all of them, a link to the rest
  await expect(page.getByRole("heading", { name: "Sentra/klaster (105)" })).toBeVisible();
  const clusters = page.getByTestId("clusters");
  await expect(clusters.locator("tbody tr")).toHaveCount(100);
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 1–100 dari 105");
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 101–105 dari 105");
  await expect(clusters.locator("tbody tr")).toHaveCount(5);
  await expect(clusters).toContainText(`${code}-K104`);
  await narrow(page, "round-clusters-page-2");
  // a new order starts again at the first page: the last village's cluster first
  await page.getByRole("link", { name: "Desa", exact: true }).click();
  await expect(page).not.toHaveURL(/page=/);
  await page.getByRole("link", { name: "Desa", exact: true }).click();
  await expect(page).toHaveURL(/sort=village&dir=desc/);
  await expect(clusters.locator("tbody tr").first()).toContainText(`${code}-K104`);
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/sort=village&dir=desc&page=2/);
  await expect(clusters.locator("tbody tr").last()).toContainText(`${code}-K000`);

  // data quality: the stored counts, respondents per village page by page, the look-alike pair found
  await page.goto(`/data/rounds/${code}/quality`);
  await expect(page.getByText("210 responden dalam wilayah Anda.")).toBeVisible();
  await expect(page.getByTestId("duplicates")).toContainText(`${code}-104-1, ${code}-twin`);
  await expect(page.getByTestId("per-village-pager-rows")).toHaveText("Baris 1–100 dari 105");
  await expect(page.getByTestId("per-cluster-pager-rows")).toHaveText("Baris 1–100 dari 105");
  await page.getByTestId("per-village-pager").getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/villagesPage=2/);
  await expect(page.getByTestId("per-village-pager-rows")).toHaveText("Baris 101–105 dari 105");
  await expect(page.getByTestId("per-village").locator("tbody tr")).toHaveCount(5);
  // the other list stays on its own first page
  await expect(page.getByTestId("per-cluster-pager-rows")).toHaveText("Baris 1–100 dari 105");
  await page.getByTestId("per-cluster").getByRole("link", { name: "Responden", exact: true }).click();
  await expect(page).toHaveURL(/villagesPage=2.*clustersSort=n&clustersDir=desc|clustersSort=n&clustersDir=desc.*villagesPage=2/);
  await expect(page.getByTestId("per-village-pager-rows")).toHaveText("Baris 101–105 dari 105");
  await expect(page.getByTestId("per-cluster").locator("tbody tr").first()).toContainText("2");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await narrow(page, "round-quality-pages");

  // the English page says the same
  await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByTestId("per-village-pager-rows")).toHaveText("Rows 101–105 of 105");
  await expect(page.getByRole("link", { name: "Previous" }).first()).toBeVisible();
});

test("a regency's 210 PKTD records: page 2 reachable, the year and region filter kept from page to page, never another regency's", async ({ page }) => {
  const template = paperPktdRows()[0]!;
  const records = VILLAGES.flatMap((village) => ["2016", "2017"].map((year) => ({ ...template, village_code: village, year })));
  await signInByApi(page, "lamtim");
  await page.goto("/data/import");
  await upload(page, "PKTD desa", "pktd-lamtim.csv", csv(PKTD_COLUMNS, records));

  await page.goto("/data/pktd");
  const table = page.getByTestId("pktd");
  await expect(page.getByTestId("pager-rows")).toHaveText(/^Baris 1–100 dari \d+$/);
  const total = Number((await page.getByTestId("pager-rows").textContent())!.match(/dari (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(210);
  await expect(table.locator("tbody tr")).toHaveCount(100);
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/\/data\/pktd\?page=2$/);
  await expect(page.getByTestId("pager-rows")).toHaveText(`Baris 101–${Math.min(200, total)} dari ${total}`);

  // one year: the filter narrows the list, the pages follow it
  await page.getByLabel("Tahun", { exact: true }).selectOption("2017");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/year=2017/);
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 1–100 dari 105");
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/year=2017.*page=2/);
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 101–105 dari 105");
  const years = await table.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(years).toEqual(["2017", "2017", "2017", "2017", "2017"]);
  await narrow(page, "pktd-page-2");
  await page.getByRole("link", { name: "Sebelumnya" }).click();
  await expect(page).toHaveURL(/\/data\/pktd\?year=2017$/);

  // newest year first, then a region and year in the address: both kept by the next page
  await page.goto("/data/pktd?sort=year&dir=desc");
  const shown = (await table.locator("tbody tr td:nth-child(2)").allTextContents()).map(Number);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  await page.goto("/data/pktd?region=18.07&year=2016&sort=village&dir=desc");
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 1–100 dari 105");
  await expect(table.locator("tbody tr").first().locator("td").first().getByRole("link")).toHaveAttribute("href", `/regions/${VILLAGES[VILLAGES.length - 1]}`);
  await expect(page.getByRole("link", { name: "Berikutnya" })).toHaveAttribute("href", "/data/pktd?region=18.07&year=2016&sort=village&dir=desc&page=2");
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 101–105 dari 105");
  await expect(table.locator("tbody tr").last().locator("td").first().getByRole("link")).toHaveAttribute("href", `/regions/${VILLAGES[0]}`);

  // the Lampung Selatan official filtering on Lampung Timur gets nothing of it
  await signInByApi(page, "lamsel");
  await page.goto("/data/pktd?region=18.07&year=2016");
  await expect(page.getByTestId("pktd-no-match")).toBeVisible();
  await expect(page.getByTestId("pktd")).toHaveCount(0);
});
