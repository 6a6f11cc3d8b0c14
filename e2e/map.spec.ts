import { request as httpRequest } from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, signInByApi, test } from "./fixtures";
import type { Page } from "@playwright/test";

const CANTI = "18.01.16.2004";
const WAI_MULI_TIMUR = "18.01.16.2016";
const KUNJIR = "18.01.16.2009";
const place = (page: Page, code: string) => page.locator(`[data-testid="map"] a[data-p="${code}"]`);

/** A point inside the place not covered by anything else (a cluster circle sits on its village). */
async function pointOn(page: Page, code: string): Promise<{ x: number; y: number }> {
  await place(page, code).scrollIntoViewIfNeeded();
  const box = (await place(page, code).boundingBox())!;
  const hit = await page.evaluate(
    ({ code, box }) => {
      for (let i = 1; i < 12; i++) {
        for (let j = 1; j < 12; j++) {
          const x = box.x + (box.width * i) / 12, y = box.y + (box.height * j) / 12;
          if (document.elementFromPoint(x, y)?.closest("a")?.getAttribute("data-p") === code) return { x, y };
        }
      }
      return null;
    },
    { code, box },
  );
  expect(hit, `a free point on ${code}`).not.toBeNull();
  return hit!;
}

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
}

test("the Lampung Selatan official opens her regency's map, reads the strata and opens Canti", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peta klaster · Kabupaten Lampung Selatan");
  await expect(page.locator('[data-testid="map"] a.mp')).toHaveCount(260);
  for (const code of [CANTI, WAI_MULI_TIMUR]) {
    await expect(place(page, code)).toHaveAttribute("data-class", "rintisan");
    await expect(place(page, code).locator("use")).toHaveAttribute("fill", "#009E73");
  }
  await expect(place(page, KUNJIR)).toHaveAttribute("data-class", "nodata");
  await expect(place(page, KUNJIR).locator("use")).toHaveAttribute("fill", "url(#map-nodata)");
  const legend = page.getByTestId("map-legend");
  await expect(legend.locator('li[data-class="rintisan"]')).toContainText("2");
  await expect(legend.locator('li[data-class="nodata"]')).toContainText("Tidak ada data");
  await expect(legend.locator('li[data-class="nodata"]')).toContainText("258");
  await expect(page.locator('[data-testid="map"] a.mk')).toHaveCount(2);

  // hover shows name, value, n and the round's date
  const canti = await pointOn(page, CANTI);
  await page.mouse.move(canti.x, canti.y);
  await expect(page.getByText("Putaran 1 Maret 2019 – 30 Juni 2019").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/map-regency.png", fullPage: true });

  await page.mouse.click(canti.x, canti.y);
  await expect(page).toHaveURL(new RegExp(`/regions/${CANTI.replaceAll(".", "\\.")}\\?round=IR-LAMSEL-2019`));
});

test("keyboard: Tab reaches a place and Enter opens it; the table lists the same places", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/map?level=18.01.16");
  await page.getByRole("button", { name: "Tampilkan" }).focus();
  let focused = "";
  for (let i = 0; i < 10 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("data-p") ?? "");
  }
  expect(focused).toMatch(/^18\.01\.16\.\d{4}$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/regions/${focused.replaceAll(".", "\\.")}`));

  await page.goto("/map?level=18.01.16");
  const onMap = await page.locator('[data-testid="map"] a.mp').evaluateAll((as) => as.map((a) => `${a.getAttribute("data-p")}=${a.getAttribute("data-class")}`));
  await page.getByRole("link", { name: "Tabel" }).click();
  const rows = page.getByTestId("map-table").locator("tbody tr");
  await expect(rows).toHaveCount(onMap.length);
  const inTable = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-p")}=${tr.getAttribute("data-class")}`));
  expect(inTable).toEqual(onMap);
  await expect(rows.filter({ hasText: "Canti" })).toContainText("Klaster rintisan");
  await expect(rows.filter({ hasText: "Kunjir" })).toContainText("Tidak ada data");
  await expectNoAxeViolations(page);
});

test("district map with numeric classes, and screenshots", async ({ page }) => {
  await signInByApi(page, "lamsel");
  await page.goto("/map?level=18.01.16");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peta klaster · Raja Basa");
  await expect(place(page, CANTI)).toHaveAttribute("data-class", "rintisan");
  await page.screenshot({ path: "test-results/screenshots/map-district.png", fullPage: true });
  // a phone: the map scales to the width, the legend follows it
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(place(page, CANTI)).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/map-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto("/map?level=18.01.16&by=readiness&breaks=equal");
  await expect(place(page, CANTI)).toHaveAttribute("data-class", /^c\d$/);
  await expect(place(page, KUNJIR)).toHaveAttribute("data-class", "nodata");
  await expect(page.getByTestId("map-legend").locator('li[data-class="nodata"]')).toBeVisible();
  await page.goto("/map?level=18.01.16&by=cooperation");
  await expect(page.getByLabel("Warnai menurut")).toHaveValue("cooperation");
  await page.screenshot({ path: "test-results/screenshots/map-district-indicator.png", fullPage: true });
});

test("the Lampung Timur official cannot reach Lampung Selatan's map; her own villages are points", async ({ page }) => {
  await signInByApi(page, "lamtim");
  await page.goto("/map?level=18.01");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/map?level=18.01.16");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lampung Timur");
  // villages outside Lampung Selatan have no polygon: drawn at their centroid
  expect(await page.locator('[data-testid="map"] a.mp circle').count()).toBeGreaterThan(100);
  await page.screenshot({ path: "test-results/screenshots/map-points.png", fullPage: true });
});

test("ministry staff see the national map and drill down", async ({ page }) => {
  await signInByApi(page, "kementerian");
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peta klaster · Indonesia");
  await expect(page.locator('[data-testid="map"] a[data-p="18.01"]')).not.toHaveAttribute("data-class", "nodata");
  await page.screenshot({ path: "test-results/screenshots/map-national.png", fullPage: true });
  const lamsel = await pointOn(page, "18.01");
  await page.mouse.click(lamsel.x, lamsel.y);
  await expect(page).toHaveURL(/level=18\.01/);
  await page.getByRole("navigation", { name: "Jejak peta" }).getByRole("link", { name: "Lampung" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Peta klaster · Lampung");
});

/** Raw and gzip bytes as sent by the server, read without decompressing. */
function fetchBytes(url: string, cookie: string): Promise<{ raw: number; gzip: number; ms: number }> {
  const started = performance.now();
  const get = (encoding: string) =>
    new Promise<number>((resolve, reject) => {
      httpRequest(url, { headers: { cookie, "accept-encoding": encoding } }, (res) => {
        let n = 0;
        res.on("data", (c: Buffer) => (n += c.length));
        res.on("end", () => resolve(n));
      })
        .on("error", reject)
        .end();
    });
  return Promise.all([get("identity"), get("gzip")]).then(([raw, gzip]) => ({ raw, gzip, ms: performance.now() - started }));
}

test("measure: bytes and time to first render of Lampung Selatan's 260 villages", async ({ page, context, baseURL }) => {
  await signInByApi(page, "lamsel");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const bytes = await fetchBytes(`${baseURL}/map?level=18.01`, cookie);
  await page.goto("/map?level=18.01");
  const sprite = (await page.locator('[data-testid="map"] use').first().getAttribute("href"))!.split("#")[0]!;
  const spriteBytes = await fetchBytes(`${baseURL}${sprite}`, cookie);
  // first visit (nothing cached), then a second round of the same map with the shapes cached
  const timing = async (first: boolean) => {
    if (first) await cdp.send("Network.clearBrowserCache");
    await page.goto("/map?level=18.01", { waitUntil: "load" });
    await expect(page.locator('[data-testid="map"]')).toBeVisible();
    return page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
      const shapes = performance.getEntriesByType("resource").find((r) => r.name.includes("/map/shapes")) as PerformanceResourceTiming | undefined;
      return {
        htmlTransfer: nav.transferSize,
        shapesTransfer: shapes?.transferSize ?? 0,
        ttfb: Math.round(nav.responseStart),
        firstPaint: fcp && Math.round(fcp),
        shapesLoaded: shapes ? Math.round(shapes.responseEnd) : null,
        load: Math.round(nav.loadEventEnd),
      };
    });
  };
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const local = await timing(true);
  // a slow mobile connection (about 1.6 Mbit/s down, 150 ms round trip)
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 96_000 });
  const slow = { first: await timing(true), again: await timing(false) };
  const result = { page: "/map?level=18.01", htmlBytes: bytes, shapesBytes: spriteBytes, local, slow };
  console.log("map measure", JSON.stringify(result));
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/map-measure.json", JSON.stringify(result, null, 2));
  expect(bytes.gzip).toBeLessThan(bytes.raw);
});
