import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, signInByApi, test } from "./fixtures";

// One home industry whose readiness (2.30) sits just under the mature-cluster cut-off (7/3)
// and whose connectivity is at the top (3.0): raising the connectivity weight moves it.
const FILE = [
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions",
  "EDGE-1,18.01.16.2010,KG-EDGE,female,self,natural,supportive,no,gt2,continuous,own,food,3,2,1,1,1,2,direct,village,cash,50to75,increased,local,full_chain,yes,yes,government college bank business",
].join("\n");

test("an official opens a cluster, reads its stratum and asks why", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/scores?round=IR-LAMSEL-2019&unit=cluster");
  const table = page.getByTestId("scores");
  await expect(table.getByRole("row").filter({ hasText: "CANTI-KERIPIK" })).toContainText("Klaster rintisan");
  await table.getByRole("link", { name: "Sentra Keripik Pisang Canti" }).click();
  await expect(page.getByTestId("stratum")).toHaveText("Klaster rintisan");
  await expect(page.getByTestId("readiness")).toHaveText("2,05");
  await page.getByRole("link", { name: "Mengapa?" }).click();
  const why = page.getByTestId("why");
  await expect(why).toContainText("Kesiapan 2,05");
  await expect(why).toContainText("klaster matang");
  await expect(why).toContainText("Di unit ini: 1 IR 1, 50 IR 2, 5 IR 3, 0 tidak terklasifikasi.");
  const variables = page.getByTestId("variables");
  await expect(variables.getByRole("row").filter({ hasText: "Konektivitas" })).toContainText("0,33");
  await expect(variables.getByRole("row").filter({ hasText: "Kelembagaan klaster" })).toContainText("0,12");
  // issue 9: the working names the question, not the field
  await expect(page.getByTestId("working")).toContainText("Pemrakarsa klaster");
  await expect(page.getByTestId("working")).not.toContainText("cluster_initiator");
  await expect(page.getByTestId("pktd-checks")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/cluster-score-why.png", fullPage: true });
});

test("the Lampung Timur official cannot open Lampung Selatan's scores", async ({ page }) => {
  await signInByApi(page, "lamtim");
  await page.goto("/scores/IR-LAMSEL-2019/cluster/CANTI-KERIPIK");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("an administrator copies v1, raises the connectivity weight, re-scores and sees which units moved", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const round = `EDGE-${stamp.toUpperCase()}`;
  const version = `rubrik-e2e-${stamp}`;
  await signInByApi(page, "admin");

  // a round with one unit near the cut-off
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(round);
  await page.getByLabel("Nama putaran").fill("Kota Guring uji batas");
  await page.getByLabel("Sumber", { exact: true }).fill("Data uji");
  await page.getByLabel("Lisensi").fill("CC0");
  await page.getByLabel("Berkas").setInputFiles({ name: "edge.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();
  await page.goto(`/scores?round=${round}&unit=cluster`);
  await expect(page.getByTestId("scores").getByRole("row").filter({ hasText: "KG-EDGE" })).toContainText("Klaster rintisan");

  // copy v1 and change the weights
  await page.goto("/admin/rubrics");
  await page.getByLabel("Nama versi baru").fill(version);
  await page.getByLabel("Nama", { exact: true }).fill("Konektivitas lebih berat");
  await page.getByRole("button", { name: "Salin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(version);
  await page.getByLabel("Konektivitas").fill("0.45");
  await page.getByLabel("Aktivitas klaster").fill("0.2");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Jumlah bobot keempat variabel harus 1.")).toBeVisible();
  await page.getByLabel("Aktivitas klaster").fill("0.13");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Disimpan. Hitung ulang agar skor mengikuti perubahan.")).toBeVisible();
  await page.getByRole("button", { name: "Hitung ulang semua putaran" }).click();
  await expect(page.getByText("Skor semua putaran telah dihitung ulang.")).toBeVisible();

  await page.goto(`/admin/rubrics/compare?a=rubrik-2019-v1&b=${version}&round=${round}`);
  await expect(page.getByTestId("moved-summary")).toContainText("unit berpindah strata");
  const moved = page.getByTestId("compare-cluster").getByRole("row").filter({ hasText: "KG-EDGE" });
  await expect(moved).toContainText("Klaster rintisan");
  await expect(moved).toContainText("Klaster matang");
  await expect(moved).toContainText("ya");
  await page.screenshot({ path: "test-results/screenshots/rubric-compare.png", fullPage: true });

  // the change is audited with before → after
  await page.goto("/admin/audit?action=rubric.update");
  await expect(page.getByTestId("audit")).toContainText(version);
  await expect(page.getByTestId("audit")).toContainText('"connectivity": 0.45');
});

test("a list longer than a page comes a page at a time, sorted by the database, and its CSV holds every row", async ({ page }) => {
  const round = `PAGES-${Date.now().toString(36).toUpperCase()}`;
  // 120 real villages of Lampung Selatan, one home industry each: 120 village scores, two pages
  const villages = readFileSync(path.join(__dirname, "../../shared/data/geo/indonesia-admin-units.csv"), "utf8")
    .split("\n")
    .map((line) => line.split(",")[0]!)
    .filter((code) => /^18\.01\.\d\d\.\d{4}$/.test(code))
    .slice(0, 120);
  const [header, row] = FILE.split("\n") as [string, string];
  const cells = row.split(",");
  const file = [header, ...villages.map((v, i) => [`PG-${i}`, v, `KG-PG-${i}`, ...cells.slice(3)].join(","))].join("\n");
  await signInByApi(page, "admin");
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(round);
  await page.getByLabel("Nama putaran").fill("Uji halaman");
  await page.getByLabel("Sumber", { exact: true }).fill("Data uji");
  await page.getByLabel("Lisensi").fill("CC0");
  await page.getByLabel("Berkas").setInputFiles({ name: "pages.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/scores?round=${round}&unit=village`);
  const table = page.getByTestId("scores");
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 1–100 dari 120");
  await expect(table.locator("tbody tr")).toHaveCount(100);
  // code order first: the first village of the list
  await expect(table.locator("tbody tr").first()).toContainText(villages[0]!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: "test-results/screenshots/scores-pages-390.png", fullPage: true });

  await page.getByRole("link", { name: "Berikutnya →" }).click();
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 101–120 dari 120");
  await expect(table.locator("tbody tr")).toHaveCount(20);
  await expect(table.locator("tbody tr").last()).toContainText(villages[119]!);

  // sorting by name starts again at page 1, Z to A on the second click; the pages keep the sort
  const name = table.getByRole("link", { name: /^Desa/ });
  await name.click();
  await expect(table.getByRole("columnheader", { name: /^Desa/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 1–100 dari 120");
  await table.getByRole("link", { name: /^Desa/ }).click();
  await expect(table.getByRole("columnheader", { name: /^Desa/ })).toHaveAttribute("aria-sort", "descending");
  const firstNames = await table.locator("tbody tr td:first-child a").allTextContents();
  await page.getByRole("link", { name: "Berikutnya →" }).click();
  // the second page has arrived (its header reads the same as the first's)
  await expect(page.getByTestId("pager-rows")).toHaveText("Baris 101–120 dari 120");
  await expect(table.locator("tbody tr")).toHaveCount(20);
  await expect(table.getByRole("columnheader", { name: /^Desa/ })).toHaveAttribute("aria-sort", "descending");
  const lastNames = await table.locator("tbody tr td:first-child a").allTextContents();
  const all = [...firstNames, ...lastNames];
  expect(all).toHaveLength(120);
  // the database's order is the names' order (case-blind), Z to A, across both pages
  const lower = all.map((s) => s.toLowerCase());
  expect(lower).toEqual([...lower].sort().reverse());

  // the CSV is the whole list, not the page
  const download = page.waitForEvent("download");
  await page.getByTestId("scores-csv").click();
  let text = "";
  for await (const chunk of await (await download).createReadStream()) text += chunk.toString();
  expect(text.replace(/^\uFEFF/, "").trim().split(/\r\n/)).toHaveLength(121);
});
