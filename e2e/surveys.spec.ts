import ExcelJS from "exceljs";
import { expect, signInByApi, test } from "./fixtures";

const HEADER =
  "respondent_id;village_code;cluster_code;gender;cluster_initiator;institution_form;institution_support;business_permit;business_age;production_pattern;place_status;business_category;ir_continuity;ir_capital;ir_legality;ir_market;ir_labour;ir_management;sales_channel;marketing_zone;payment_method;value_added;profit_trend;market_orientation;business_connection;cooperation;specialization;supporting_institutions;product";
const row = (id: string, valueAdded = "gt75", gender = "female") =>
  `${id};18.01.16.2009;KJ-EMPING;${gender};self;natural;supportive;no;gt2;continuous;own;food;2;2;1;1;1;2;direct;village;cash;${valueAdded};increased;local;producer_only;yes;yes;government college;emping melinjo`;

test("a researcher fixes a file with two bad rows and imports it into a new round", async ({ page }) => {
  const code = `KJ-${Date.now().toString(36).toUpperCase()}`;
  await signInByApi(page, "peneliti");
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(code);
  await page.getByLabel("Nama putaran").fill("Kunjir emping 2026");
  await page.getByLabel("Sumber", { exact: true }).fill("Survei Universitas Lampung 2026");
  await page.getByLabel("Lisensi").fill("CC BY 4.0");
  const bad = [HEADER, row("KJ-1"), row("KJ-2", "75%"), row("KJ-3", "gt75", "perempuan"), row("KJ-4")].join("\n");
  await page.getByLabel("Berkas").setInputFiles({ name: "kunjir.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();

  await expect(page.getByRole("heading", { name: "Pratinjau impor" })).toBeVisible();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("baris 3, kolom value_added: '75%'");
  await expect(errors).toContainText("baris 4, kolom gender: 'perempuan'");
  await expect(page.getByRole("button", { name: "Impor", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/import-preview-errors.png", fullPage: true });

  // fix the file and upload it again
  await page.getByRole("link", { name: "Atau perbaiki berkas lalu unggah lagi" }).click();
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(code);
  await page.getByLabel("Nama putaran").fill("Kunjir emping 2026");
  await page.getByLabel("Sumber", { exact: true }).fill("Survei Universitas Lampung 2026");
  await page.getByLabel("Lisensi").fill("CC BY 4.0");
  const good = [HEADER, row("KJ-1"), row("KJ-2"), row("KJ-3"), row("KJ-4")].join("\n");
  await page.getByLabel("Berkas").setInputFiles({ name: "kunjir-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("4baris baru");
  // the cluster to be created, with the product its members' rows name (issue 9 item 3)
  await expect(page.getByText("KJ-EMPING (18.01.16.2009, emping melinjo)")).toBeVisible();
  await page.getByRole("button", { name: "Impor", exact: true }).click();

  await expect(page.getByText("Impor selesai.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Kunjir emping 2026" })).toBeVisible();
  await expect(page.getByTestId("clusters")).toContainText("KJ-EMPING");
  const history = page.getByTestId("import-history");
  await expect(history).toContainText("kunjir-fixed.csv");
  await expect(history).toContainText("peneliti");
  await expect(history).toContainText("4 baru, 0 berubah, 0 tetap, 0 ditolak");
  await page.screenshot({ path: "test-results/screenshots/round-imported.png", fullPage: true });
});

test("the XLSForm downloads and opens as a workbook with survey, choices and settings", async ({ page }) => {
  await signInByApi(page, "peneliti");
  await page.goto("/data");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh kuesioner (XLSForm)" }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["survey", "choices", "settings"]));
  const names: string[] = [];
  workbook.getWorksheet("survey")!.eachRow((r) => names.push(String(r.getCell(2).value ?? "")));
  expect(names).toEqual(expect.arrayContaining(["respondent_id", "value_added", "supporting_institutions", "sc_trust_1"]));
});

test("the paper's round says where its numbers come from, and shows its published inconsistencies", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/data");
  await page.getByRole("link", { name: "IR Lampung Selatan 2019" }).click();
  const provenance = page.getByTestId("provenance");
  await expect(provenance).toContainText("Rekonstruksi");
  await expect(provenance).toContainText("Data ilustrasi");
  await expect(provenance).toContainText("sc_trust_1");
  await expect(page.getByTestId("clusters")).toContainText("CANTI-KERIPIK");
  await expect(page.getByTestId("clusters")).toContainText("WMT-BAKSO");
  await page.screenshot({ path: "test-results/screenshots/round-paper.png", fullPage: true });

  await page.getByRole("link", { name: "Kualitas data" }).click();
  await expect(page.getByText("101 responden dalam wilayah Anda.")).toBeVisible();
  await expect(page.getByTestId("published-issues")).toContainText("counts sum to 91");

  await page.goto("/data/rounds/IR-LAMSEL-2019");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ekspor CSV" }).click();
  const csv = await (await download).createReadStream();
  let text = "";
  for await (const chunk of csv) text += chunk.toString();
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toContain("respondent_id,village_code,cluster_code");
  expect(lines).toHaveLength(102);

  // one village of the round, through the region export form
  await page.getByLabel("Ekspor satu wilayah (nama atau kode)").fill("18.01.16.2004");
  const regional = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ekspor wilayah ini" }).click();
  let canti = "";
  for await (const chunk of await (await regional).createReadStream()) canti += chunk.toString();
  const rows = canti.trim().split(/\r?\n/).slice(1);
  expect(rows).toHaveLength(56);
  expect(rows.every((r) => r.includes(",18.01.16.2004,"))).toBe(true);
});

test("the Lampung Timur official cannot open the Lampung Selatan round", async ({ page }) => {
  await signInByApi(page, "lamtim");
  await page.goto("/data");
  // she may see rounds of her own regency (another journey publishes one), never this one
  await expect(page.locator("main")).not.toContainText("IR-LAMSEL-2019");
  await expect(page.locator("main")).not.toContainText("IR Lampung Selatan 2019");
  await page.goto("/data/rounds/IR-LAMSEL-2019");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  const response = await page.request.get("/data/rounds/IR-LAMSEL-2019/export");
  expect(response.status()).toBe(404);
});
