import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "x".repeat(32);

describe("parseEnv", () => {
  it("defaults to embedded PGlite with demo accounts", () => {
    expect(parseEnv({})).toEqual({
      databaseUrl: undefined,
      databaseReadUrl: undefined,
      pgliteDir: "./.data/pglite",
      authSecret: undefined,
      demoAccounts: true,
      mapTileUrl: undefined,
      chromiumPath: "/usr/bin/chromium",
      timeZone: "Asia/Jakarta",
      production: false,
      trustedProxies: 0,
      socketAddressHeader: false,
    });
  });

  it.each([
    [{}, 0],
    [{ TRUSTED_PROXIES: "2" }, 2],
  ])("TRUSTED_PROXIES %o → %i", (raw, expected) => {
    expect(parseEnv(raw).trustedProxies).toBe(expected);
  });

  it.each([["-1"], ["1.5"], ["many"]])("refuses TRUSTED_PROXIES=%s", (value) => {
    expect(() => parseEnv({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/);
  });

  it("uses Postgres and turns demo accounts off by default when DATABASE_URL is set", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" });
    expect(env.databaseUrl).toBe("postgres://postgres@127.0.0.1:5432/test");
    expect(env.demoAccounts).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: "postgres://h/primary", DATABASE_READ_URL: "postgres://r/replica" }, "postgres://r/replica"],
    [{ DATABASE_URL: "postgres://h/primary" }, undefined],
    // a replica of nothing: the embedded database has no replicas
    [{ DATABASE_READ_URL: "postgres://r/replica" }, undefined],
  ])("DATABASE_READ_URL %o → %s", (raw, expected) => {
    expect(parseEnv(raw).databaseReadUrl).toBe(expected);
  });

  it("refuses a DATABASE_READ_URL that is not a postgres:// URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://h/db", DATABASE_READ_URL: "mysql://r/db" })).toThrow(/DATABASE_READ_URL/);
  });

  it.each([
    [{ DEMO_ACCOUNTS: "1", DATABASE_URL: "postgresql://h/db" }, true],
    [{ DEMO_ACCOUNTS: "0" }, false],
  ])("DEMO_ACCOUNTS %o → %s", (raw, expected) => {
    expect(parseEnv(raw).demoAccounts).toBe(expected);
  });

  it("takes NEXTAUTH_SECRET when AUTH_SECRET is missing, AUTH_SECRET first", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET }).authSecret).toBe(SECRET);
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, AUTH_SECRET: "y".repeat(40) }).authSecret).toBe("y".repeat(40));
  });

  it("takes PORTAL_TIME_ZONE and rejects a zone Intl does not know", () => {
    expect(parseEnv({ PORTAL_TIME_ZONE: "Asia/Makassar" }).timeZone).toBe("Asia/Makassar");
    expect(() => parseEnv({ PORTAL_TIME_ZONE: "Asia/Bandung" })).toThrow(/PORTAL_TIME_ZONE: must be an IANA time zone/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PGLITE_DIR: " " }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/db" }, "DATABASE_URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ DEMO_ACCOUNTS: "yes" }, "DEMO_ACCOUNTS"],
    [{ MAP_TILE_URL: "https://tiles.example/{z}/{x}" }, "MAP_TILE_URL"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
  ])("rejects %o naming %s", (raw, variable) => {
    expect(() => parseEnv(raw)).toThrow(EnvError);
    expect(() => parseEnv(raw)).toThrow(variable);
  });

  it("accepts an XYZ tile template", () => {
    expect(parseEnv({ MAP_TILE_URL: "https://tiles.example/{z}/{x}/{y}.png" }).mapTileUrl).toContain("{z}");
  });
});
