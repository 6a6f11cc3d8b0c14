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
