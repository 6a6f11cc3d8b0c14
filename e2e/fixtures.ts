import { expect, test as base, type Page } from "@playwright/test";

export const DEMO = {
  admin: { username: "admin", password: "Admin#Klaster2019", name: "Administrator Portal" },
  kementerian: { username: "kementerian", password: "Kemen#Klaster2019", name: "Staf KemenPPPA" },
  lamsel: { username: "lamsel", password: "Lamsel#Klaster2019", name: "Pejabat DPPPA Lampung Selatan" },
  lamtim: { username: "lamtim", password: "Lamtim#Klaster2019", name: "Pejabat DPPPA Lampung Timur" },
  peneliti: { username: "peneliti", password: "Peneliti#Klaster2019", name: "Peneliti Universitas Lampung" },
} as const;
export type DemoUser = keyof typeof DEMO;

/** Signs in through next-auth's API (fast), sharing cookies with the page. */
export async function signInByApi(page: Page, who: DemoUser) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: DEMO[who].username, password: DEMO[who].password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
}

/** Signs in through the form, as a person does. */
export async function signInByForm(page: Page, username: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).last().click();
}

/** A researcher's upload into a new round through the import form, up to its preview (journeys that need a round of their own). */
export async function previewNewRoundImport(page: Page, o: { code: string; name: string; source: string; fileName: string; csv: string }) {
  await page.goto("/data/import");
  await page.getByLabel("Impor ke putaran").selectOption("");
  await page.getByLabel("Kode putaran").fill(o.code);
  await page.getByLabel("Nama putaran").fill(o.name);
  await page.getByLabel("Sumber", { exact: true }).fill(o.source);
  await page.getByLabel("Lisensi").fill("CC BY 4.0");
  await page.getByLabel("Berkas").setInputFiles({ name: o.fileName, mimeType: "text/csv", buffer: Buffer.from(o.csv) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
}

/**
 * Every test fails on a Content-Security-Policy violation: the browser's own console report
 * ("Refused to … Content Security Policy") and the `securitypolicyviolation` event.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
