import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, signInByApi, test } from "./fixtures";

const SHOTS = "test-results/screenshots";

test("a brief started from the candidates list is published, found on /public by a signed-out visitor and opened; a draft stays 404", async ({ browser, page }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const official = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await signInByApi(official, "lamsel");

  // from Canti's row on the candidates page to the brief form, pre-filled
  await official.goto("/candidates?round=IR-LAMSEL-2019");
  await official.locator('[data-code="CANTI-KERIPIK"] [data-testid="candidate-brief"]').filter({ visible: true }).click();
  await expect(official.getByLabel("Unit (jenis:kode)")).toHaveValue("cluster:CANTI-KERIPIK");
  await expect(official.getByLabel("Putaran survei")).toHaveValue("IR-LAMSEL-2019");
  await official.getByTestId("brief-generate").getByRole("button", { name: "Buat ringkasan" }).click();
  await official.waitForURL(/\/briefs\/\d+$/);
  const publishedId = Number(new URL(official.url()).pathname.split("/").at(-1));
  // the summary says where Canti stands among the pilot-cluster candidates
  await expect(official.getByTestId("section-summary")).toContainText("kandidat klaster percontohan");
  await official.getByTestId("brief-submit").getByRole("button").click();
  await expect(official.getByTestId("brief-status")).toHaveText("Ditinjau");

  // a second brief, from the cluster's decision page, stays a draft
  await official.goto("/candidates/IR-LAMSEL-2019/CANTI-KERIPIK");
  await official.getByTestId("decision-brief").click();
  await expect(official.getByLabel("Unit (jenis:kode)")).toHaveValue("cluster:CANTI-KERIPIK");
  await official.getByTestId("brief-generate").getByRole("button", { name: "Buat ringkasan" }).click();
  await official.waitForURL(/\/briefs\/\d+$/);
  const draftId = Number(new URL(official.url()).pathname.split("/").at(-1));
  expect(draftId).not.toBe(publishedId);

  const ministry = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await signInByApi(ministry, "kementerian");
  await ministry.goto(`/briefs/${publishedId}`);
  await ministry.getByTestId("brief-approve").getByRole("button").click();
  await expect(ministry.getByTestId("brief-status")).toHaveText("Disetujui");
  await ministry.getByTestId("brief-publish").getByRole("button").click();
  await expect(ministry.getByTestId("brief-status")).toHaveText("Diterbitkan");
  const title = (await ministry.getByTestId("brief-title").innerText()).trim();

  // a signed-out visitor finds it by searching /public and opens it
  await page.goto("/public");
  await page.getByLabel("Cari publikasi").fill("Canti");
  await page.getByRole("button", { name: "Cari" }).click();
  const item = page.locator(`[data-testid="public-items"] a[href="/public/briefs/${publishedId}"]`);
  await expect(item).toHaveText(title);
  await expect(page.getByTestId("public-items")).toContainText("Ringkasan kebijakan");
  await expect(page.locator(`a[href="/public/briefs/${draftId}"]`)).toHaveCount(0);
  await item.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("public-meta")).toContainText("IR-LAMSEL-2019");
  await expect(page.getByTestId("section-summary")).toContainText("kandidat klaster percontohan");
  await expect(page.getByTestId("section-recommendations").locator("ol > li")).toHaveCount(5);
  // nothing of the signed-in workflow reaches the public page
  await expect(page.getByTestId("brief-workflow")).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/public-brief.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/public-brief-390.png`, fullPage: true });

  // its PDF, without signing in
  const pdf = await page.request.get(`/public/briefs/${publishedId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const file = `${SHOTS}/public-brief.pdf`;
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("IR-LAMSEL-2019");
  expect(text).toContain("kandidat klaster percontohan");

  // the API lists it and gives it; the draft is not found, on the page, the PDF and the API
  const list = await (await page.request.get("/api/v1/briefs?q=Canti")).json();
  expect(list.items.map((b: { id: number }) => b.id)).toContain(publishedId);
  expect(list.items.map((b: { id: number }) => b.id)).not.toContain(draftId);
  const one = await (await page.request.get(`/api/v1/briefs/${publishedId}`)).json();
  expect(one).toMatchObject({ id: publishedId, title, round: "IR-LAMSEL-2019", url: expect.stringContaining(`/public/briefs/${publishedId}`) });
  expect(one.sections.find((s: { key: string }) => s.key === "summary").markdown).toContain("kandidat klaster percontohan");
  expect((await page.request.get(`/api/v1/briefs/${draftId}`)).status()).toBe(404);
  expect((await page.request.get(`/public/briefs/${draftId}/pdf`)).status()).toBe(404);
  const draft = await page.goto(`/public/briefs/${draftId}`);
  expect(draft?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: title })).toHaveCount(0);
});
