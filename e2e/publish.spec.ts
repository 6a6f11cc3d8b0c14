import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, previewNewRoundImport, signInByApi, test } from "./fixtures";

// One journey, in order: the researcher's draft round, publishing it, a publication with an
// indicator table and the anonymised dataset, the signed-out visitor, then API tokens.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const ROUND = `PUB-${stamp.toUpperCase()}`;
const SLUG = `emping-kunjir-${stamp}`;
const TITLE = `Nilai tambah emping Kunjir ${stamp}`;

const HEADER =
  "respondent_id;village_code;cluster_code;gender;age;cluster_initiator;institution_form;institution_support;business_permit;business_age;production_pattern;place_status;business_category;ir_continuity;ir_capital;ir_legality;ir_market;ir_labour;ir_management;sales_channel;marketing_zone;payment_method;value_added;profit_trend;market_orientation;business_connection;cooperation;specialization;supporting_institutions;product";
const row = (id: string, village: string, cluster: string, valueAdded: string, age: number) =>
  `${id};${village};${cluster};female;${age};self;natural;supportive;no;gt2;continuous;own;food;2;2;1;1;1;2;direct;village;cash;${valueAdded};increased;local;producer_only;yes;yes;government college;emping Bu Sari 0812-555`;
// Kunjir (18.01.16.2009): value_added 10 × gt75, 6 × 50to75, 3 × 25to50 (the cell of 3);
// Canti (18.01.16.2004): 2 respondents (generalised to the district); Lampung Timur: 5.
const ROWS = [
  ...Array.from({ length: 10 }, (_, i) => row(`S-${i}`, "18.01.16.2009", "KJ-EMPING", "gt75", 23 + i)),
  ...Array.from({ length: 6 }, (_, i) => row(`T-${i}`, "18.01.16.2009", "KJ-EMPING", "50to75", 41 + i)),
  ...Array.from({ length: 3 }, (_, i) => row(`U-${i}`, "18.01.16.2009", "KJ-EMPING", "25to50", 55)),
  ...Array.from({ length: 2 }, (_, i) => row(`V-${i}`, "18.01.16.2004", "CANTI-X", "gt75", 30)),
  ...Array.from({ length: 5 }, (_, i) => row(`W-${i}`, "18.07.01.2004", "LT-TEMPE", "gt75", 35)),
];

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test("a researcher's new round is a draft that only she sees, until she publishes it", async ({ page }) => {
  await signInByApi(page, "peneliti");
  await previewNewRoundImport(page, { code: ROUND, name: `Emping Kunjir ${stamp}`, source: "Survei Universitas Lampung 2026", fileName: "kunjir.csv", csv: [HEADER, ...ROWS].join("\n") });
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("Impor selesai.")).toBeVisible();
  await expect(page.getByTestId("status-badge")).toHaveText("Draf");

  // the regency official does not see the draft, not even by its address
  await page.context().clearCookies();
  await signInByApi(page, "lamsel");
  await page.goto(`/data/rounds/${ROUND}`);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/data");
  await expect(page.locator("main")).not.toContainText(ROUND);

  await page.context().clearCookies();
  await signInByApi(page, "peneliti");
  await page.goto(`/data/rounds/${ROUND}`);
  await page.getByRole("button", { name: "Terbitkan putaran" }).click();
  await expect(page.getByText("Putaran diterbitkan.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("status-badge")).toHaveText("Terbit");
});

test("she writes a publication with an indicator table and the anonymised dataset, and publishes it", async ({ page }) => {
  await signInByApi(page, "peneliti");
  await page.goto("/publications/new");
  await page.getByLabel("Alamat").fill(SLUG);
  await page.getByLabel("Judul", { exact: true }).fill(TITLE);
  await page.getByLabel("Penulis").fill("Siti Rahmawati\nBudi Santoso");
  await page.getByLabel("Abstrak", { exact: true }).fill("Sebagian besar pelaku emping di Kunjir menambah nilai lebih dari 75 %.");
  await page.getByLabel("Isi (Markdown").fill("## Temuan\n\n**Sepuluh** pelaku menambah nilai > 75 %.\n\n- satu\n- dua\n\n<script>window.hacked = true</script>");
  await page.getByLabel("Putaran survei", { exact: true }).selectOption(ROUND);
  await page.locator('input[value="indicator:value_added"]').check();
  await page.locator('input[value="scores:village"]').check();
  await page.getByLabel("Sertakan dataset anonim").check();
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page).toHaveURL(new RegExp(`/publications/${SLUG}$`));
  await expect(page.getByTestId("status-badge")).toHaveText("Draf");
  await page.getByRole("button", { name: "Terbitkan versi ini" }).click();
  await expect(page.getByTestId("status-badge")).toHaveText("Terbit");
  await expect(page.getByTestId("publication-sha256")).toHaveText(/^[0-9a-f]{64}$/);
  await page.screenshot({ path: "test-results/screenshots/publication-published.png", fullPage: true });
});

test("a signed-out visitor finds it, sees '< 5' for the cell of 3, and downloads a dataset without free text or ids", async ({ page }) => {
  await page.goto("/public");
  await expect(page.getByRole("heading", { level: 1, name: "Portal Klaster Industri Rumahan" })).toBeVisible();
  await expect(page.getByTestId("coverage")).toContainText("putaran survei terbit");
  await page.getByLabel("Cari publikasi").fill(stamp);
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByTestId("public-items").getByRole("link")).toHaveCount(1);
  await page.getByRole("link", { name: TITLE }).click();

  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const meta = page.getByTestId("public-meta");
  await expect(meta).toContainText(ROUND);
  await expect(meta).toContainText("rubrik-2019-v1");
  await expect(meta).toContainText("CC BY 4.0");
  // the body's markup is text, never HTML
  await expect(page.getByText("<script>window.hacked = true</script>")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await expect(page.locator("strong", { hasText: "Sepuluh" })).toBeVisible();

  // the whole round: > 75 % 17, 50-75 % 6, 25-50 % 3 (hidden), and 6 hidden with it (else 26 − 17 − 6 = 3)
  const table = page.getByTestId("public-table-value_added");
  await expect(table.getByRole("row", { name: "Lebih dari 75%" })).toContainText("17");
  const rowOf3 = table.getByRole("row", { name: "25%-50%" });
  await expect(rowOf3.getByRole("cell").first()).toHaveText("< 5");
  await expect(table.getByRole("row", { name: "50%-75%" }).getByRole("cell").first()).toHaveText("< 5");
  await expect(table.locator("tfoot")).toContainText("26");
  await expect(page.getByTestId("citation-apa")).toContainText("Rahmawati, S., & Santoso, B.");
  await expect(page.getByTestId("citation-bibtex")).toContainText("@misc{");
  await page.screenshot({ path: "test-results/screenshots/public-publication.png", fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh dataset (CSV)" }).click();
  const csv = readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = header!.split(",");
  expect(columns).toEqual(expect.arrayContaining(["id", "region_code", "region_level", "age_band", "value_added"]));
  for (const gone of ["respondent_id", "village_code", "age", "product"]) expect(columns).not.toContain(gone);
  expect(lines).toHaveLength(ROWS.length);
  expect(csv).not.toContain("Bu Sari");
  expect(csv).not.toMatch(/\b[STUVW]-\d\b/);
  expect(csv).toContain("18.01.16,district");
  expect(csv).not.toContain("18.01.16.2004");
  expect(csv).toContain("18.01.16.2009,village");

  // the PDF of the publication: the same text and the same "< 5", page numbers, round and rubric
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh PDF" }).click();
  const pdfPath = await (await pdfDownload).path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
  const pdfText = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const expected of [TITLE, ROUND, "rubrik-2019-v1", "Sepuluh pelaku menambah nilai", "Rahmawati, S., & Santoso, B.", "Halaman 1 /"]) expect(pdfText).toContain(expected);
  // pdftotext may close up "< 5" to "<5"
  expect(pdfText).toMatch(/25%-50% <\s?5 <\s?5/);
  expect(pdfText).not.toContain("Bu Sari");
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "1", pdfPath, "test-results/screenshots/publication-pdf"]);

  // the same suppression in the token-less API
  const api = await page.request.get(`/api/v1/indicators?round=${ROUND}&field=value_added`);
  expect(api.status()).toBe(200);
  const rows = (await api.json()).items[0].rows as { code: string; n: number | null }[];
  expect(rows.find((r) => r.code === "25to50")!.n).toBeNull();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/public-publication-390.png", fullPage: true });
  await page.goto("/public");
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/public-home-390.png", fullPage: true });
  await page.goto("/public/regions/18.01.16");
  await expect(page.getByTestId("public-meta")).toContainText("rubrik-2019-v1");
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/public-region-390.png", fullPage: true });
});

async function createToken(page: Page, name: string): Promise<string> {
  await page.goto("/account/tokens");
  await page.getByRole("textbox", { name: "Nama token" }).fill(name);
  await page.getByRole("button", { name: "Buat token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^pkir_/);
  return token;
}

test("an API token reads its owner's regions only; revoked it gets 401; a burst gets 429", async ({ page, playwright, baseURL }) => {
  await signInByApi(page, "lamsel");
  const token = await createToken(page, "sistem bappeda");
  const api = await playwright.request.newContext({ baseURL });
  const get = (path: string, t?: string) => api.get(path, { headers: t ? { Authorization: `Bearer ${t}` } : {} });

  const own = await get(`/api/v1/scores?round=${ROUND}&unit=village`, token);
  expect(own.status()).toBe(200);
  const codes = ((await own.json()).items as { code: string; n: number }[]).map((i) => i.code);
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((c) => c.startsWith("18.01."))).toBe(true);
  // the round has Lampung Timur respondents too: the public answer has them, the token's does not
  const everyone = ((await (await get(`/api/v1/scores?round=${ROUND}&unit=village`)).json()).items as { code: string }[]).map((i) => i.code);
  expect(everyone).toContain("18.07.01.2004");
  expect(codes).not.toContain("18.07.01.2004");
  // the database cuts the pages; they add up to the whole list, the public's suppression included
  // (it runs over the whole level, so a page cannot undo it)
  for (const t of [token, undefined]) {
    const whole = (await (await get(`/api/v1/scores?round=${ROUND}&unit=village`, t)).json()) as { total: number; items: unknown[] };
    expect(whole.total).toBe(whole.items.length);
    const pieces: unknown[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const piece = (await (await get(`/api/v1/scores?round=${ROUND}&unit=village&limit=5&offset=${offset}`, t)).json()) as { items: unknown[]; total: number; next_offset: number | null };
      expect(piece.total).toBe(whole.total);
      pieces.push(...piece.items);
      offset = piece.next_offset;
    }
    expect(pieces).toEqual(whole.items);
  }

  await page.reload();
  await expect(page.getByTestId("tokens")).not.toContainText("belum pernah");
  await page.getByRole("button", { name: "Cabut" }).click();
  await expect(page.getByTestId("tokens")).toContainText("Dicabut");
  const revoked = await get(`/api/v1/scores?round=${ROUND}&unit=village`, token);
  expect(revoked.status()).toBe(401);

  const burstToken = await createToken(page, "beban");
  const answers = await Promise.all(Array.from({ length: 70 }, () => get("/api/v1/rounds", burstToken)));
  const limited = answers.filter((a) => a.status() === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(Number(limited[0]!.headers()["retry-after"])).toBeGreaterThan(0);
  expect(answers.filter((a) => a.status() === 200)).toHaveLength(60);
  await page.screenshot({ path: "test-results/screenshots/tokens.png", fullPage: true });
  await api.dispose();
});

test("the OpenAPI document describes the API", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/regions", "/rounds", "/scores", "/indicators", "/publications"]));
});
