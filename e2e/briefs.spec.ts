import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, signInByApi, test } from "./fixtures";

const SHOTS = "test-results/screenshots";

test("a brief goes from draft to published: edit, send back with a comment, fix, approve, publish, PDF", async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const official = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await signInByApi(official, "lamsel");

  // from the cluster's profile to a generated draft in Bahasa Indonesia
  await official.goto("/scores/IR-LAMSEL-2019/cluster/CANTI-KERIPIK");
  await official.getByTestId("generate-brief").click();
  await expect(official.getByLabel("Unit (jenis:kode)")).toHaveValue("cluster:CANTI-KERIPIK");
  await official.getByTestId("brief-generate").getByRole("button", { name: "Buat ringkasan" }).click();
  await official.waitForURL(/\/briefs\/\d+$/);
  const url = official.url();
  await expect(official.getByTestId("brief-status")).toHaveText("Draf");
  const summary = official.getByTestId("section-summary");
  await expect(summary).toContainText("klaster rintisan");
  await expect(official.getByTestId("section-recommendations").locator("ol > li")).toHaveCount(5);
  const firstRec = (await official.getByTestId("section-recommendations").locator("ol > li strong").first().innerText()).trim();

  // edit one section: a heading, bold and a link, saved as version 2
  await summary.getByRole("link", { name: "Ubah bagian" }).click();
  const body = official.getByLabel("Isi bagian");
  await body.fill(`${await body.inputValue()}\n\n## Catatan rapat\n\n**Dibahas** di rapat Bappeda, lihat [portal](https://example.org).`);
  await official.getByRole("button", { name: "Simpan sebagai versi baru" }).click();
  await expect(summary.locator("h3")).toHaveText("Catatan rapat");
  await expect(summary.getByRole("link", { name: "portal" })).toHaveAttribute("href", "https://example.org");
  await expect(official.getByTestId("brief-versions")).toContainText("v2");
  await official.getByTestId("brief-submit").getByRole("button").click();
  await expect(official.getByTestId("brief-status")).toHaveText("Ditinjau");

  // ministry staff send it back with a comment
  const ministry = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await signInByApi(ministry, "kementerian");
  await ministry.goto(url);
  await ministry.getByLabel("Catatan untuk penyusun").fill("Tambahkan jadwal pelatihan.");
  await ministry.getByTestId("brief-send_back").getByRole("button").click();
  await expect(ministry.getByTestId("brief-status")).toHaveText("Draf");

  // she sees the comment, fixes the section and resubmits
  await official.goto(url);
  await expect(official.getByTestId("brief-events")).toContainText("Tambahkan jadwal pelatihan.");
  await official.getByTestId("section-summary").getByRole("link", { name: "Ubah bagian" }).click();
  await official.getByLabel("Isi bagian").fill(`${await official.getByLabel("Isi bagian").inputValue()}\n\n- Pelatihan pengemasan: Maret 2027`);
  await official.getByRole("button", { name: "Simpan sebagai versi baru" }).click();
  await expect(official.getByTestId("section-summary")).toContainText("Pelatihan pengemasan: Maret 2027");
  await official.getByTestId("brief-submit").getByRole("button").click();
  await expect(official.getByTestId("brief-status")).toHaveText("Ditinjau");

  // ministry staff approve and publish
  await ministry.goto(url);
  await ministry.getByTestId("brief-approve").getByRole("button").click();
  await expect(ministry.getByTestId("brief-status")).toHaveText("Disetujui");
  await ministry.getByTestId("brief-publish").getByRole("button").click();
  await expect(ministry.getByTestId("brief-status")).toHaveText("Diterbitkan");
  await ministry.setViewportSize({ width: 1280, height: 900 });
  await ministry.screenshot({ path: `${SHOTS}/brief-page.png`, fullPage: true });
  await ministry.setViewportSize({ width: 390, height: 844 });
  await ministry.reload();
  expect(await ministry.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await ministry.screenshot({ path: `${SHOTS}/brief-page-390.png`, fullPage: true });

  // the published brief is frozen: no edit links for its author
  await official.goto(url);
  await expect(official.getByRole("link", { name: "Ubah bagian" })).toHaveCount(0);

  // Lampung Timur's official cannot open it, nor its PDF
  const other = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await signInByApi(other, "lamtim");
  await other.goto(url);
  await expect(other.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(other.getByTestId("brief-title")).toHaveCount(0);
  expect((await other.request.get(`${url}/pdf`)).status()).toBe(404);
  expect((await other.request.get(`${url}/md`)).status()).toBe(404);
  // and the brief is still there for those who may see it
  await ministry.goto(url);
  await expect(ministry.getByTestId("brief-status")).toHaveText("Diterbitkan");

  // the PDF downloads and its text has the stratum, the first recommendation and the round
  const download = official.waitForEvent("download");
  await official.getByTestId("brief-pdf").click();
  const file = `${SHOTS}/brief.pdf`;
  await (await download).saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  writeFileSync("test-results/brief-pdf.txt", text);
  expect(text).toContain("klaster rintisan");
  expect(text).toContain("IR-LAMSEL-2019");
  expect(text).toContain(firstRec.replace(/\s+/g, " ").slice(0, 40));
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "3", file, `${SHOTS}/brief-pdf`]);
});
