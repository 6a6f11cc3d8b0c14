import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, previewNewRoundImport, signInByApi, test } from "./fixtures";

const ROUND = "IR-LAMSEL-2019";
const HEADER =
  "respondent_id;village_code;cluster_code;gender;cluster_initiator;institution_form;institution_support;business_permit;business_age;production_pattern;place_status;business_category;ir_continuity;ir_capital;ir_legality;ir_market;ir_labour;ir_management;sales_channel;marketing_zone;payment_method;value_added;profit_trend;market_orientation;business_connection;cooperation;specialization;supporting_institutions;product";
// a Lampung Timur cluster, outside the Lampung Selatan official's regions, in a round of its
// own (published by its researcher), so the paper's round stays as the other specs expect it
const STAMP = Date.now().toString(36).toUpperCase();
const LAMTIM = `LT-TEMPE-${STAMP}`;
const LT_ROUND = `E2E-LT-${STAMP}`;
const lamtimRow = (i: number) =>
  `${LAMTIM}-${i};18.07.01.2004;${LAMTIM};female;self;forum;supportive;yes;gt2;continuous;own;food;2;2;2;2;2;2;direct;outside_village;cash;50to75;increased;local;supplier_core;yes;no;government;tempe`;

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // charts redraw at the new width on their resize observer; measure once that has run
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} must not scroll sideways at 390 px` }).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `test-results/screenshots/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations;

test.describe.configure({ mode: "serial" });

test("a researcher adds a Lampung Timur cluster in a round of its own and publishes it", async ({ page }) => {
  await signInByApi(page, "peneliti");
  const csv = [HEADER, ...Array.from({ length: 12 }, (_, i) => lamtimRow(i + 1))].join("\n");
  await previewNewRoundImport(page, { code: LT_ROUND, name: `Tempe Lampung Timur ${STAMP}`, source: "Uji ujung ke ujung", fileName: "lamtim.csv", csv });
  await expect(page.getByTestId("import-summary")).toContainText("12baris baru");
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();
  await page.goto(`/data/rounds/${LT_ROUND}`);
  await page.getByRole("button", { name: "Terbitkan putaran" }).click();
  await expect(page.getByText("Putaran diterbitkan.")).toBeVisible();
});

test("the Lampung Selatan official sees the two clusters with their criteria and shortlists one", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Kandidat" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kandidat klaster percontohan" })).toBeVisible();
  await expect(page.getByTestId("candidate-meaning")).toContainText("tidak sama dengan strata \"klaster rintisan\"");
  const table = page.getByTestId("candidates");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-code", "CANTI-KERIPIK");
  await expect(rows.nth(1)).toHaveAttribute("data-code", "WMT-BAKSO");
  await expect(page.locator(`[data-code="${LAMTIM}"]`)).toHaveCount(0);
  const canti = rows.nth(0);
  // every criterion shown with its status, value and threshold
  for (const id of ["C1", "C2", "C3", "C4", "C5", "C6"]) await expect(canti.locator(`[data-criterion="${id}"]`)).toHaveAttribute("data-status", "pass");
  await expect(canti.locator('[data-criterion="C2"]')).toContainText("≥ 1,60");
  await expect(canti.locator('[data-criterion="C6"]')).toContainText("56 anggota ≥ 10");
  await expect(canti).toContainText("peringkat 1–1");
  await expect(canti).toContainText("Stabil");
  await expect(canti.getByRole("link", { name: "Mengapa?" })).toHaveAttribute("href", /\/scores\/IR-LAMSEL-2019\/cluster\/CANTI-KERIPIK\?rubric=rubrik-2019-v1#why/);
  expect(await axe(page)).toEqual([]);
  await shoot(page, "candidates");

  // the CSV export of the same list
  const csv = await (await page.request.get(`/candidates/csv?round=${ROUND}&rubric=rubrik-2019-v1`)).text();
  expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFrank,code,name,/);
  expect(csv).toContain("1,CANTI-KERIPIK,Sentra Keripik Pisang Canti,18.01.16.2004,56,true,");
  expect(csv).not.toContain(LAMTIM);

  await canti.getByRole("link", { name: /Putuskan/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keputusan: Sentra Keripik Pisang Canti" })).toBeVisible();
  // the reason is required: nothing is saved without it
  await page.getByLabel("Masuk daftar pendek").check();
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByText("Tulis alasan, minimal 5 karakter.")).toBeVisible();
  await expect(page.getByTestId("decision-log")).toContainText("Belum ada keputusan.");

  await page.getByLabel("Masuk daftar pendek").check();
  await page.getByLabel("Alasan (wajib)").fill("Prioritas tertinggi; kelompok sudah aktif dan didukung desa Canti.");
  await page.getByLabel("Tanggal tinjau ulang (opsional)").fill("2027-03-01");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByText("Keputusan tersimpan.")).toBeVisible();
  await page.reload();
  const log = page.getByTestId("decision-log");
  await expect(log).toContainText("Masuk daftar pendek");
  await expect(log).toContainText("Prioritas tertinggi; kelompok sudah aktif dan didukung desa Canti.");
  await expect(log).toContainText("lamsel");
  await expect(log).toContainText("1 Maret 2027");
  await expect(log).toContainText("putaran IR-LAMSEL-2019, rubrik rubrik-2019-v1: kesiapan");
  await expect(page.getByText("Skor saat ini sama dengan skor saat keputusan dibuat.")).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await shoot(page, "decision-cluster");

  // the list and the region log show it
  await page.goto(`/candidates?round=${ROUND}`);
  await expect(page.getByTestId("candidates").locator('tr[data-code="CANTI-KERIPIK"] [data-decision="shortlisted"]')).toBeVisible();
  await page.getByRole("link", { name: "Log keputusan" }).click();
  await expect(page.getByTestId("decision-log")).toContainText("Sentra Keripik Pisang Canti");
  await expect(page.getByTestId("decision-log")).toContainText("Berlaku");
  await shoot(page, "decision-log");

  // and her home page
  await page.goto("/");
  const home = page.getByTestId("home-candidates");
  await expect(home.locator('[data-code="CANTI-KERIPIK"] [data-decision="shortlisted"]')).toBeVisible();
  await expect(home).toContainText("2 kandidat dari 2 klaster");
  await expect(page.getByTestId("home-strata")).toBeVisible();
  await expect(page.getByTestId("home-pktd")).toContainText("tahun 2019");
  await expect(page.getByTestId("home-freshness")).toContainText("IR Lampung Selatan 2019");
  expect(await axe(page)).toEqual([]);
  await shoot(page, "home-lamsel-decisions");
});

test("she cannot decide on a Lampung Timur cluster: the page is not found and a forged POST writes nothing", async ({ page, browser }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/candidates/${LT_ROUND}/${LAMTIM}`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();

  // the real form of an in-scope cluster, with its hidden cluster field pointed at Lampung Timur
  await page.goto(`/candidates/${ROUND}/WMT-BAKSO?rubric=rubrik-2019-v1`);
  await page.locator('input[name="round"]').evaluate((el, code) => ((el as HTMLInputElement).value = code), LT_ROUND);
  await page.locator('input[name="cluster"]').evaluate((el, code) => ((el as HTMLInputElement).value = code), LAMTIM);
  await page.getByLabel("Ditolak").check();
  await page.getByLabel("Alasan (wajib)").fill("Percobaan keputusan di luar wilayah");
  await page.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(page.getByText("Data tidak ditemukan atau berada di luar wilayah tanggung jawab Anda.")).toBeVisible();

  // nothing written: ministry staff see no decision on that cluster and none in the audit log
  const ministry = await browser.newPage();
  await signInByApi(ministry, "kementerian");
  await ministry.goto(`/candidates/${LT_ROUND}/${LAMTIM}`);
  await expect(ministry.getByRole("heading", { level: 1 })).toContainText("Keputusan:");
  await expect(ministry.getByTestId("decision-log")).toContainText("Belum ada keputusan.");
  await ministry.goto("/candidates/decisions?region=18.07");
  await expect(ministry.getByTestId("decision-log")).toContainText("Belum ada keputusan.");
  await ministry.close();
  const admin = await browser.newPage();
  await signInByApi(admin, "admin");
  await admin.goto("/admin/audit?action=decision.record");
  await expect(admin.getByTestId("audit")).toContainText("CANTI-KERIPIK");
  await expect(admin.getByTestId("audit")).not.toContainText(LAMTIM);
  await admin.close();
});

test("readiness × support: chart, counts, table and thresholds", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto(`/readiness-support?round=${ROUND}&unit=cluster`);
  await expect(page.getByRole("heading", { level: 1, name: "Kesiapan × dukungan" })).toBeVisible();
  await expect(page.getByTestId("thresholds")).toContainText("kesiapan ≥ 1,67");
  await expect(page.getByTestId("thresholds")).toContainText("≥ 50");
  await expect(page.getByTestId("quadrant-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.locator("canvas[role=img]")).toHaveAttribute("aria-label", /dari 2 tempat sudah siap/);
  expect(await axe(page)).toEqual([]);
  await shoot(page, "readiness-support");
  await page.goto(`/readiness-support?round=${ROUND}&unit=village`);
  await expect(page.getByTestId("quadrant-table").locator("tbody tr")).toHaveCount(2);
  // each count opens its quadrant's list
  for (const quadrant of ["ready_supported", "ready_unsupported", "supported_not_ready", "neither"]) {
    const row = page.getByTestId("quadrant-counts").locator(`tr[data-quadrant=${quadrant}]`);
    const count = Number(await row.locator("td").last().textContent());
    await row.getByRole("link").click();
    await expect(row.getByRole("link")).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("quadrant-table").locator("tbody tr")).toHaveCount(count);
    if (count > 0) await expect(page.getByTestId("quadrant-table").locator(`tbody tr[data-quadrant=${quadrant}]`)).toHaveCount(count);
  }
  await page.getByRole("link", { name: "Tampilkan semua kuadran" }).click();
  await expect(page.getByTestId("quadrant-table").locator("tbody tr")).toHaveCount(2);
});

test("home pages of ministry staff, researcher and administrator link to what is behind each figure", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/");
  await expect(page.getByTestId("home-decisions")).toContainText("Sentra Keripik Pisang Canti");
  await expect(page.getByTestId("home-regions").getByRole("link", { name: "Kabupaten Lampung Selatan" })).toBeVisible();
  await shoot(page, "home-kementerian");
  await signInByApi(page, "peneliti");
  await page.goto("/");
  await expect(page.getByTestId("home-rounds").getByRole("link", { name: "Mutu data" }).first()).toBeVisible();
  await shoot(page, "home-peneliti");
  await signInByApi(page, "admin");
  await page.goto("/");
  // the newest event is her own sign-in; each links to the audit log filtered by its action
  await expect(page.getByTestId("home-audit").getByRole("listitem").first()).toContainText("auth.sign_in · admin");
  await expect(page.getByTestId("home-audit").getByRole("link", { name: "auth.sign_in" }).first()).toHaveAttribute("href", "/admin/audit?action=auth.sign_in");
  await expect(page.getByTestId("home-accounts").getByRole("link").first()).toHaveAttribute("href", "/admin/users");
  await shoot(page, "home-admin");
});
