import { describe, expect, it } from "vitest";
import { rateDecision } from "./rate-limit";
import { bearerToken, generateToken, hashToken, isTokenShaped, sameHash, tokenDisplayPrefix } from "./tokens";

describe("rateDecision", () => {
  const limit = 3;
  const windowMs = 60_000;
  it.each([
    { count: 1, nowMs: 1_000, expected: { ok: true, remaining: 2 } },
    { count: 3, nowMs: 1_000, expected: { ok: true, remaining: 0 } },
    { count: 4, nowMs: 1_000, expected: { ok: false, retryAfterSeconds: 60 } },
    { count: 9, nowMs: 31_000, expected: { ok: false, retryAfterSeconds: 30 } },
    { count: 9, nowMs: 31_001, expected: { ok: false, retryAfterSeconds: 30 } },
    // the window is over but this process has not seen the new one yet: never "retry after 0"
    { count: 9, nowMs: 70_000, expected: { ok: false, retryAfterSeconds: 1 } },
  ])("request $count of the window at $nowMs ms", ({ count, nowMs, expected }) => {
    expect(rateDecision({ count, windowStartMs: 1_000, nowMs, limit, windowMs })).toEqual(expected);
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
