import { expect, previewNewRoundImport, signInByApi, test } from "./fixtures";

const HEADER =
  "respondent_id;village_code;cluster_code;gender;cluster_initiator;institution_form;institution_support;business_permit;business_age;production_pattern;place_status;business_category;ir_continuity;ir_capital;ir_legality;ir_market;ir_labour;ir_management;sales_channel;marketing_zone;payment_method;value_added;profit_trend;market_orientation;business_connection;cooperation;specialization;supporting_institutions;product";
// 60 one-member clusters in a draft round of the researcher's own (nobody else sees a draft):
// every one fails C6 (at least 10 members), so the non-candidate list holds 60 rows, two pages
const STAMP = Date.now().toString(36).toUpperCase();
const ROUND = `E2E-PAGES-${STAMP}`;
const row = (i: number) =>
  `PG-${STAMP}-${i};18.01.16.2009;PG-${STAMP}-${String(i).padStart(2, "0")};female;self;forum;supportive;yes;gt2;continuous;own;food;2;2;2;2;2;2;direct;outside_village;cash;50to75;increased;local;supplier_core;yes;no;government;keripik`;

test("a long candidates list comes 50 clusters a page, ranked and counted over the whole list", async ({ page }) => {
  await signInByApi(page, "peneliti");
  const csv = [HEADER, ...Array.from({ length: 60 }, (_, i) => row(i + 1))].join("\n");
  await previewNewRoundImport(page, { code: ROUND, name: `Banyak klaster ${STAMP}`, source: "Uji ujung ke ujung", fileName: "banyak.csv", csv });
  await expect(page.getByTestId("import-summary")).toContainText("60baris baru");
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();

  await page.goto(`/candidates?round=${ROUND}`);
  await expect(page.getByRole("heading", { level: 2, name: "Bukan kandidat (60)" })).toBeVisible();
  const rows = page.getByTestId("non-candidates").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toHaveAttribute("data-code", `PG-${STAMP}-01`);
  await expect(page.getByText("Baris 1–50 dari 60")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/candidates-page-1.png", fullPage: true });

  await page.getByRole("link", { name: /Berikutnya/ }).click();
  await expect(page).toHaveURL(/opage=2/);
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveAttribute("data-code", `PG-${STAMP}-51`);
  await expect(page.getByText("Baris 51–60 dari 60")).toBeVisible();
  // the heading still counts the whole list; the round and rubric stay chosen
  await expect(page.getByRole("heading", { level: 2, name: "Bukan kandidat (60)" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("round")).toBe(ROUND);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId("non-candidate-cards").locator("li[data-code]")).toHaveCount(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screenshots/candidates-page-2-390.png", fullPage: true });
  await page.getByRole("link", { name: /Sebelumnya/ }).click();
  await expect(page.getByTestId("non-candidate-cards").locator("li[data-code]")).toHaveCount(50);
});
