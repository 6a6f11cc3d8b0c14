import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttps, pageSecurityHeaders, tileOriginOf } from "./headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this request's nonce run, and what they load", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc", dev: false, https: false }));
    expect(d["script-src"]).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(d["style-src-elem"]).toBe("'self' 'nonce-abc'");
    expect(d["style-src-attr"]).toBe("'unsafe-inline'");
    expect(d["object-src"]).toBe("'none'");
    expect(d["frame-ancestors"]).toBe("'none'");
    expect(d["base-uri"]).toBe("'self'");
    expect(d["form-action"]).toBe("'self'");
    expect(d["img-src"]).toBe("'self' data: blob:");
    expect(d).not.toHaveProperty("upgrade-insecure-requests");
  });
  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).not.toContain("unsafe-eval");
  });
  it("adds the tile server to images and upgrades requests behind HTTPS", () => {
    const d = directives(contentSecurityPolicy({ nonce: "n", dev: false, https: true, tileOrigin: "https://tile.example.org" }));
    expect(d["img-src"]).toBe("'self' data: blob: https://tile.example.org");
    expect(d).toHaveProperty("upgrade-insecure-requests");
  });
});

describe("pageSecurityHeaders", () => {
  it("sends HSTS only behind HTTPS", () => {
    expect(pageSecurityHeaders({ nonce: "n", dev: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(pageSecurityHeaders({ nonce: "n", dev: false, https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("isHttps", () => {
  it.each([
    [{ configuredUrl: "https://portal.go.id", protocol: "http:" }, true],
    [{ configuredUrl: "http://localhost:3000", protocol: "http:" }, false],
    [{ protocol: "https:" }, true],
    [{ protocol: "http:", forwardedProto: "https" }, true],
    [{ protocol: "http:", forwardedProto: "https, http" }, true],
    [{ protocol: "http:", forwardedProto: "http" }, false],
    [{ protocol: "http:", forwardedProto: null }, false],
  ])("%j → %s", (facts, expected) => {
    expect(isHttps(facts)).toBe(expected);
  });
});

describe("tileOriginOf", () => {
  it.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"],
    [undefined, undefined],
    ["not a url {z}{x}{y}", undefined],
  ])("%s → %s", (template, origin) => {
    expect(tileOriginOf(template)).toBe(origin);
  });
});
