import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";
import { bearerToken, generateToken, hashToken, isTokenShaped, sameHash, tokenDisplayPrefix } from "./tokens";

describe("createRateLimiter", () => {
  it("allows the limit within a window, then answers with the seconds left", () => {
    const rl = createRateLimiter({ limit: 3, windowMs: 60_000 });
    expect([1, 2, 3].map((i) => rl.hit("k", 1000 + i).ok)).toEqual([true, true, true]);
    expect(rl.hit("k", 1004)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(rl.hit("k", 31_000)).toEqual({ ok: false, retryAfterSeconds: 31 });
    expect(rl.hit("other", 31_000).ok).toBe(true);
    expect(rl.hit("k", 61_001)).toEqual({ ok: true, remaining: 2 });
  });
  it("never holds more than maxKeys windows", () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 2 });
    rl.hit("a", 0);
    rl.hit("b", 0);
    expect(rl.hit("c", 10).ok).toBe(true);
  });
});

describe("tokens", () => {
  const fixed = (n: number) => Buffer.alloc(n, 7);
  it("is shaped pkir_ + 43 url-safe characters and hashes to 64 hex", () => {
    const t = generateToken(fixed);
    expect(isTokenShaped(t)).toBe(true);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenDisplayPrefix(t)).toBe(t.slice(0, 11));
    expect(generateToken()).not.toBe(generateToken());
  });
  it("sameHash compares digests, rejects different lengths and empty", () => {
    const h = hashToken("a");
    expect(sameHash(h, hashToken("a"))).toBe(true);
    expect(sameHash(h, hashToken("b"))).toBe(false);
    expect(sameHash(h, h.slice(0, 62))).toBe(false);
    expect(sameHash("", "")).toBe(false);
  });
  it.each([
    [null, null],
    ["Bearer pkir_short", null],
    ["Basic abc", null],
  ])("bearerToken(%s) → %s", (header, token) => expect(bearerToken(header)).toBe(token));
  it("reads a Bearer token", () => {
    const t = generateToken(fixed);
    expect(bearerToken(`Bearer ${t}`)).toBe(t);
    expect(bearerToken(`bearer   ${t}`)).toBe(t);
  });
});

describe("openApiDocument", () => {
  it("is OpenAPI 3.1 with every route and the scores shape of interfaces.md", async () => {
    const { openApiDocument } = await import("./openapi");
    const doc = openApiDocument("https://portal.example/");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]!.url).toBe("https://portal.example/api/v1");
    expect(Object.keys(doc.paths).sort()).toEqual(["/briefs", "/briefs/{id}", "/indicators", "/publications", "/regions", "/rounds", "/scores"]);
    const text = JSON.stringify(doc.paths["/scores"]);
    for (const key of ["readiness", "stratum", "variables", "indicators", "social_capital_n", "rubric", "round", "suppressed"]) expect(text).toContain(`"${key}"`);
    expect(JSON.stringify(doc.paths["/scores"].get.responses)).toContain('"429"');
  });
});
