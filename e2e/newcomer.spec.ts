import { expect, signInByApi, test } from "./fixtures";

// Issue 9: what a new user tripped over, each as she would meet it.
const ROUND = "IR-LAMSEL-2019";

test("13: a stray % in a path is not found, not a server error", async ({ page }) => {
  await signInByApi(page, "peneliti");
  for (const path of ["/data/rounds/%25", "/data/rounds/%25/quality", `/scores/%25/cluster/X`, `/scores/${ROUND}/cluster/%25`, "/admin/rubrics/%25", "/candidates/%25/X", `/candidates/${ROUND}/%25`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" }), path).toBeVisible();
  }
  expect((await page.request.get("/data/rounds/%25/export")).status()).toBe(404);
  // decoding once still opens a real round
  await page.goto(`/data/rounds/${ROUND}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("IR Lampung Selatan 2019");
});

test.describe("at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("15: the policy-support card shows every column and the village's name", async ({ page }) => {
    await signInByApi(page, "lamsel");
    await page.goto(`/scores/${ROUND}/village/18.01.16.2004`);
    const checks = page.getByTestId("pktd-checks");
    await expect(checks.getByRole("rowheader")).toHaveText(["Canti"]);
    await expect(checks).not.toContainText("18.01.16.2004");
    const scroller = checks.locator("xpath=..");
    const { scrollWidth, clientWidth } = await scroller.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth, "the PKTD table needs no horizontal scroll").toBeLessThanOrEqual(clientWidth);
    await checks.scrollIntoViewIfNeeded();
    await expect(checks.getByRole("columnheader", { name: "HOK perempuan" })).toBeInViewport({ ratio: 1 });
    await page.locator("section[aria-labelledby=ps]").screenshot({ path: "test-results/screenshots/newcomer-policy-card-1366.png" });
  });
});

test("17: Mengapa? names questions by their label, answers in the questionnaire's order with counts, and explains social capital and policy support", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/scores/${ROUND}/cluster/CANTI-KERIPIK#why`);
  const working = page.getByTestId("working");
  await expect(working).toContainText("Pemrakarsa klaster");
  await expect(working).not.toContainText("cluster_initiator");
  const initiator = working.getByRole("row").filter({ hasText: "Pemrakarsa klaster" });
  await expect(initiator.getByRole("listitem")).toHaveText([/^Pemerintah: \d+/, /^Swasta: \d+/, /^Masyarakat: \d+/, /^Pelaku IR sendiri: \d+/]);
  await expect(page.getByTestId("why")).toContainText("Kepercayaan:");
  await expect(page.getByTestId("why")).toContainText("Indeks seorang responden");
  await expect(page.getByTestId("why")).toContainText("Dukungan program IR: 50 ×");
  await expect(page.getByTestId("why")).toContainText("Aturan PKTD: 25 ×");
  await page.getByTestId("why").screenshot({ path: "test-results/screenshots/newcomer-why.png" });
});

test("18: a profile opens with its scores; technical facts wait in a details section; a regency lists its districts, sortable", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/regions/18.01?round=${ROUND}`);
  const profileTop = await page.getByTestId("profile").boundingBox();
  const technicalTop = await page.getByTestId("technical").boundingBox();
  expect(profileTop!.y).toBeLessThan(technicalTop!.y);
  await expect(page.getByText("Batas wilayah", { exact: true })).toBeHidden();
  const districts = page.getByTestId("profile-subunits");
  await expect(districts).toContainText("Raja Basa");
  await expect(districts.getByRole("row").nth(1)).toContainText(/Klaster|Sentra/);
  const csv = await page.request.get((await page.getByRole("link", { name: "Unduh CSV" }).getAttribute("href"))!);
  expect(csv.ok()).toBe(true);
  expect(await csv.text()).toContain("Raja Basa,18.01.16,101,");
  await page.getByTestId("technical").locator("summary").click();
  await expect(page.getByText("Batas wilayah", { exact: true })).toBeVisible();
});

test("19: score tables sort by any column and download as CSV with decimals kept in one cell", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/scores?round=${ROUND}&unit=cluster`);
  const table = page.getByTestId("scores");
  const names = () => table.locator("tbody tr td:first-child a").allTextContents();
  // sorted by the database (a national list comes a page at a time): each header is a link
  const n = table.getByRole("link", { name: /^n/ });
  await n.click();
  await expect(table.getByRole("columnheader", { name: /^n/ })).toHaveAttribute("aria-sort", "ascending");
  expect(await names()).toEqual(["Sentra Bakso Ikan Wai Muli Timur", "Sentra Keripik Pisang Canti"]);
  await n.press("Enter");
  await expect(table.getByRole("columnheader", { name: /^n/ })).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual(["Sentra Keripik Pisang Canti", "Sentra Bakso Ikan Wai Muli Timur"]);

  const download = page.waitForEvent("download");
  await page.getByTestId("scores-csv").click();
  let text = "";
  for await (const chunk of await (await download).createReadStream()) text += chunk.toString();
  const lines = text.replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0]).toBe("Klaster,Kode,n,Kesiapan klaster,Strata klaster,Modal sosial,Dukungan kebijakan,Catatan PKTD");
  expect(lines).toHaveLength(3);
  // "2,05" is quoted: one cell, not two
  expect(lines.find((l) => l.includes("CANTI-KERIPIK"))).toMatch(/^Sentra Keripik Pisang Canti,CANTI-KERIPIK,56,"2,\d\d",Klaster rintisan,"\d+,\d","\d+,\d",$/);
});

test("20: page titles name the place, and the portal has a favicon", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/scores/${ROUND}/village/18.01.16.2004`);
  await expect(page).toHaveTitle(/^Canti — Kesiapan klaster/);
  await page.goto(`/scores/${ROUND}/cluster/CANTI-KERIPIK`);
  await expect(page).toHaveTitle(/^Sentra Keripik Pisang Canti — Kesiapan klaster/);
  await page.goto(`/regions/18.01.16.2004`);
  await expect(page).toHaveTitle(/^Canti — Profil/);
  await page.goto(`/data/rounds/${ROUND}`);
  await expect(page).toHaveTitle(/^IR Lampung Selatan 2019/);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const response = await page.request.get(icon!);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("svg");
});

test("2: the round list and the round's history show an import on the same day (WIB)", async ({ page }) => {
  await signInByApi(page, "peneliti");
  await page.goto("/data");
  const listed = (await page.getByTestId("rounds").getByRole("row").filter({ hasText: "IR Lampung Selatan 2019" }).textContent()) ?? "";
  await page.goto(`/data/rounds/${ROUND}`);
  const history = page.getByTestId("import-history");
  const when = (await history.getByRole("row").nth(1).textContent()) ?? "";
  const day = /\d{1,2} \p{L}+ \d{4}/u.exec(when)?.[0];
  expect(day, when).toBeTruthy();
  expect(listed).toContain(day!);
  expect(when).toContain("WIB");
});

test("11: an empty state offers what this user can do, never an import she cannot make", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/regions/18.01.16.2001");
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("Belum ada data survei untuk wilayah ini.");
  await expect(empty).toContainText("Data responden diimpor oleh peneliti atau administrator; Anda dapat mengimpor catatan PKTD desa Anda di menu Data.");
  await expect(empty).not.toContainText("Impor data responden");
  await page.goto(`/indicators?round=${ROUND}&region=18.01.06`);
  await expect(page.getByTestId("empty-state")).toContainText("Anda dapat mengimpor catatan PKTD");

  await page.context().clearCookies();
  await signInByApi(page, "peneliti");
  await page.goto("/regions/18.01.16.2001");
  await expect(page.getByTestId("empty-state")).toContainText("Impor data responden di menu Data.");
  await expect(page.getByTestId("empty-state").getByRole("link", { name: "Buka halaman impor" })).toBeVisible();

  await page.context().clearCookies();
  await signInByApi(page, "kementerian");
  await page.goto("/regions/18.01.16.2001");
  await expect(page.getByTestId("empty-state")).toContainText("hubungi mereka");
  await expect(page.getByTestId("empty-state").getByRole("link")).toHaveCount(0);
});

test("12: region filters take a name: search as you type, parents shown, keyboard only, within her regions", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/scores?round=${ROUND}&unit=village`);
  const picker = page.getByRole("combobox", { name: "Wilayah (nama atau kode)" });
  await picker.fill("canti");
  const option = page.getByRole("option", { name: /Canti — Raja Basa, Kabupaten Lampung Selatan/ });
  await expect(option).toBeVisible();
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(picker).toHaveValue("Canti — Raja Basa, Kabupaten Lampung Selatan");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/region=18\.01\.16\.2004/);
  await expect(page.getByTestId("scores").locator("tbody tr")).toHaveCount(1);
  // the picker keeps the choice by name after the page reloads
  await expect(page.getByRole("combobox", { name: "Wilayah (nama atau kode)" })).toHaveValue("Canti — Raja Basa, Kabupaten Lampung Selatan");

  // the same component on the map, offering only levels a map can open
  await page.goto("/map");
  const level = page.getByRole("combobox", { name: /Buka wilayah/ });
  await level.fill("raja basa");
  await expect(page.getByRole("option", { name: /Raja Basa — Kabupaten Lampung Selatan, Lampung/ })).toBeVisible();
  await expect(page.getByRole("option", { name: /Canti/ })).toHaveCount(0);

  // suggestions stay within her regions
  const outside = await (await page.request.get("/regions/suggest?q=metro")).json();
  expect(outside).toEqual([]);
});

test("4: a multi-select question shows the paper's combinations and, separately, how many chose each option", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto(`/indicators/hi_program_support?round=${ROUND}`);
  await expect(page.getByTestId("kind-combinations")).toContainText("Kombinasi jawaban");
  await expect(page.getByTestId("kind-options")).toContainText("Per pilihan");
  const combos = page.getByTestId("table-hi_program_support");
  const options = page.getByTestId("table-hi_program_support-options");
  await expect(options.locator("tbody tr")).toHaveCount(6);
  // each option's count is the sum of the combinations that hold it
  const count = async (row: import("@playwright/test").Locator) => Number((await row.locator("td").nth(1).textContent())?.replace(/\D/g, ""));
  const training = await count(options.locator('tbody tr[data-code="training"]'));
  let fromCombos = 0;
  for (const row of await combos.locator('tbody tr[data-code~="training"]').all()) fromCombos += await count(row);
  expect(training).toBe(fromCombos);
  expect(training).toBeGreaterThan(0);
  await page.getByTestId("kind-options").screenshot({ path: "test-results/screenshots/newcomer-options-heading.png" });
});

test("16: a level-score map uses the whole 1-3 scale, says what the number is, and how much of the area it rests on", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/map?level=18.01&by=readiness");
  await expect(page.getByTestId("legend-unit")).toContainText("skor 1 (terendah) – 3 (tertinggi)");
  const legend = page.getByTestId("map-legend");
  await expect(legend.locator("li[data-class=c0]")).toContainText("1,00 – 1,40");
  await expect(legend.locator("li[data-class=c4]")).toContainText("2,60 – 3,00");
  await expect(page.getByTestId("map-summary")).toContainText(/2 dari \d+ desa memiliki data/);
  await expect(page.getByLabel("Batas kelas (nilai angka)")).toHaveValue("fixed");

  // districts coloured from a few villages say so, beside the map and in the tooltip text
  await page.goto("/map?level=18.01&unit=district&by=readiness");
  await expect(page.getByTestId("map-coverage-note")).toContainText(/Raja Basa \(2 dari \d+ desa\)/);
  await page.screenshot({ path: "test-results/screenshots/newcomer-map-coverage.png", fullPage: true });
});

test("6: a round imported without dates keeps working and says its PKTD year is unknown", async ({ page }) => {
  const code = `ND-${Date.now().toString(36).toUpperCase()}`;
  const header =
    "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions,product";
  const row = (id: string) => `${id},18.01.16.2009,ND-X,female,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,gt75,increased,local,producer_only,yes,yes,government,emping`;
  await signInByApi(page, "peneliti");
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(code);
  await page.getByLabel("Nama putaran").fill("Tanpa tanggal");
  await page.getByLabel("Sumber", { exact: true }).fill("Uji tanpa tanggal");
  await page.getByLabel("Lisensi").fill("CC BY 4.0");
  await page.getByLabel("Berkas").setInputFiles({ name: "nodate.csv", mimeType: "text/csv", buffer: Buffer.from([header, row("N1"), row("N2")].join("\n")) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await page.waitForURL(/\/data\/rounds\//);
  await page.goto(`/data/rounds/${code}`);
  await expect(page.getByTestId("no-end-date")).toContainText("Tidak ada tanggal akhir pengumpulan data, tahun PKTD tidak diketahui");
  await page.goto(`/scores?round=${code}&unit=village`);
  await expect(page.getByTestId("scores")).toContainText("tahun PKTD tidak diketahui");
  await page.goto(`/scores/${code}/village/18.01.16.2009`);
  await expect(page.getByTestId("no-pktd")).toContainText("tahun PKTD tidak diketahui");
  await expect(page.getByTestId("no-pktd")).not.toContainText("tahun 0");
});
