import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, loadMessages } from "./messages";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("messages", () => {
  it("Bahasa Indonesia and English have exactly the same keys", async () => {
    const [id, en] = await Promise.all([loadMessages("id"), loadMessages("en")]);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("no message is empty", async () => {
    const values = (tree: object): string[] => Object.values(tree).flatMap((v) => (typeof v === "object" ? values(v) : [String(v)]));
    for (const locale of ["id", "en"] as const) expect(values(await loadMessages(locale)).filter((v) => !v.trim())).toEqual([]);
  });

  it("the browser gets every namespace a client component translates with, and only those", async () => {
    const root = path.join(__dirname, "../..");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
      });
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((d) => files(path.join(root, d)))) {
      const text = readFileSync(file, "utf8");
      if (!text.startsWith('"use client"') || !text.includes("useTranslations")) continue;
      const bound = [...text.matchAll(/useTranslations\(\s*"([a-zA-Z]+)/g)].map((m) => m[1]!);
      // a translator bound to no namespace names it in each key: t("policy.year")
      const free = text.includes("useTranslations()") ? [...text.matchAll(/\bt\(\s*["`]([a-zA-Z]+)\./g)].map((m) => m[1]!) : [];
      for (const ns of [...bound, ...free]) used.add(ns);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const ns of used) expect(CLIENT_NAMESPACES, `client components translate with "${ns}"`).toContain(ns);
    const id = await loadMessages("id");
    expect(Object.keys(clientMessages(id)).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    // the point of it: most text stays on the server
    expect(JSON.stringify(clientMessages(id)).length).toBeLessThan(JSON.stringify(id).length / 2);
  });
});
