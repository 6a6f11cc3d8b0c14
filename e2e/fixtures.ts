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
