import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

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
});
