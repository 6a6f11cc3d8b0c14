import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";

test("a village page is its profile: scores, clusters, neighbours, freshness and history", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/regions/18.01.16.2004?round=IR-LAMSEL-2019");
  const profile = page.getByTestId("profile");
  await expect(profile).toContainText("IR Lampung Selatan 2019");
  await expect(page.getByTestId("stratum")).toHaveText("Klaster rintisan");
  await expect(page.getByTestId("variables")).toContainText("Konektivitas");
  await expect(page.getByTestId("freshness")).toContainText("30 Juni 2019");
  await expect(page.getByTestId("freshness")).toContainText("rekonstruksi");
  await expect(page.getByTestId("profile-clusters")).toContainText("Sentra Keripik Pisang Canti");
  await expect(page.getByTestId("profile-siblings")).toContainText("Wai Muli Timur");
  await expect(page.getByTestId("profile-history")).toContainText("IR Lampung Selatan 2019");
  await expect(page.getByTestId("pktd-checks")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/profile-canti.png", fullPage: true });
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: "Mengapa?" }).click();
  await expect(page.getByTestId("why")).toContainText("Kesiapan");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});

test("a village without survey data says so and what to do", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/regions/18.01.16.2001");
  await expect(page.getByTestId("profile")).toContainText("Belum ada data survei untuk wilayah ini");
});
