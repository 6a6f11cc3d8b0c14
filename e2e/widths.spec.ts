import { expect, signInByApi, test, type DemoUser } from "./fixtures";

const ROUND = "IR-LAMSEL-2019";

/** Every page of the portal, as the role that uses it (issue 9, item 14). */
const PAGES: { who: DemoUser | null; path: string; name: string }[] = [
  { who: null, path: "/sign-in", name: "sign-in" },
  { who: null, path: "/about-data", name: "about-data" },
  { who: "lamsel", path: "/", name: "home-lamsel" },
  { who: "lamsel", path: "/regions", name: "regions" },
  { who: "lamsel", path: "/regions?q=Canti", name: "regions-search" },
  { who: "lamsel", path: `/regions/18.01?round=${ROUND}`, name: "profile-regency" },
  { who: "lamsel", path: `/regions/18.01.16?round=${ROUND}`, name: "profile-district" },
  { who: "lamsel", path: `/regions/18.01.16.2004?round=${ROUND}`, name: "profile-village" },
  { who: "lamsel", path: "/regions/18.01.16.2001", name: "profile-village-empty" },
  { who: "kementerian", path: "/regions/18", name: "profile-province" },
  { who: "lamsel", path: "/data", name: "data" },
  { who: "lamsel", path: `/data/rounds/${ROUND}`, name: "round" },
  { who: "lamsel", path: `/data/rounds/${ROUND}/quality`, name: "round-quality" },
  { who: "lamsel", path: "/data/pktd", name: "pktd" },
  { who: "peneliti", path: "/data/import", name: "import" },
  { who: "lamsel", path: `/indicators?round=${ROUND}`, name: "indicators" },
  { who: "lamsel", path: `/indicators/marketing_zone?round=${ROUND}`, name: "indicator-field" },
  { who: "lamsel", path: `/indicators/hi_program_support?round=${ROUND}`, name: "indicator-multi" },
  { who: "lamsel", path: "/map", name: "map" },
  { who: "lamsel", path: "/map?level=18.01", name: "map-regency" },
  { who: "lamsel", path: "/map?level=18.01.16&by=readiness", name: "map-readiness" },
  { who: "lamsel", path: `/scores?round=${ROUND}&unit=cluster`, name: "scores-cluster" },
  { who: "lamsel", path: `/scores?round=${ROUND}&unit=village`, name: "scores-village" },
  { who: "lamsel", path: `/scores/${ROUND}/cluster/CANTI-KERIPIK`, name: "score-cluster" },
  { who: "lamsel", path: `/scores/${ROUND}/village/18.01.16.2004`, name: "score-village" },
  { who: "lamsel", path: `/scores/${ROUND}/regency/18.01`, name: "score-regency" },
  { who: "admin", path: "/admin/users", name: "admin-users" },
  { who: "admin", path: "/admin/users/1", name: "admin-user" },
  { who: "admin", path: "/admin/audit", name: "admin-audit" },
  { who: "admin", path: "/admin/rubrics", name: "admin-rubrics" },
  { who: "admin", path: "/admin/rubrics/rubrik-2019-v1", name: "admin-rubric" },
  { who: "admin", path: `/admin/rubrics/compare?a=rubrik-2019-v1&b=rubrik-2019-v1&round=${ROUND}`, name: "admin-rubric-compare" },
  { who: "lamsel", path: "/regions/99.99", name: "not-found" },
];

// one journey per width and role: signed in once, every page of that role in turn (a sign-in
// per page made this file a quarter of the end-to-end time); each page is checked on its own
for (const width of [390, 1366]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 768 } });
    for (const who of [...new Set(PAGES.map((p) => p.who))]) {
      const pages = PAGES.filter((p) => p.who === who);
      test(`the pages of ${who ?? "a visitor"} do not scroll sideways: ${pages.map((p) => p.name).join(", ")}`, async ({ page }) => {
        test.setTimeout(30_000 + pages.length * 15_000);
        if (who) await signInByApi(page, who);
        for (const p of pages) {
          const response = await page.goto(p.path);
          expect.soft(response?.status(), `${p.path} answers`).toBeLessThan(500);
          await page.waitForLoadState("load");
          await page.screenshot({ path: `test-results/screenshots/w${width}-${p.name}.png`, fullPage: true });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect.soft(scrollWidth, `${p.path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
        }
      });
    }
  });
}
