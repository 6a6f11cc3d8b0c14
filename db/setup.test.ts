import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "./client";
import { countRecentFailures, listAccounts } from "./queries/accounts";
import { getAncestors, getRegionInScope, listChildren, searchRegions } from "./queries/regions";
import { referenceDatasets, regionBoundaries, regions, users } from "./schema";
import { setupDatabase, type SetupReport } from "./setup";
import { TARGETS, type TestDb } from "./test/targets";

const national = { role: "ministry_staff", regions: [] } as const;
const lamtim = { role: "regency_official", regions: ["18.07"] } as const;
const lamsel = { role: "regency_official", regions: ["18.01"] } as const;

describe.each(TARGETS)("database setup on $name", ({ create }) => {
  let t: TestDb;
  let first: SetupReport;

  beforeAll(async () => {
    t = await create();
    first = await setupDatabase(t.handle, { demoAccounts: true });
  });
  afterAll(async () => t?.dispose());

  it("loads all 91,081 Kemendagri units and the boundaries", async () => {
    const db = t.handle.db;
    const byLevel = await db.select({ level: regions.level, n: count() }).from(regions).groupBy(regions.level);
    expect(Object.fromEntries(byLevel.map((r) => [r.level, r.n]))).toEqual({ province: 37, regency: 514, district: 7284, village: 83246 });
    const boundaries = await db.select({ dataset: regionBoundaries.datasetId, n: count() }).from(regionBoundaries).groupBy(regionBoundaries.datasetId);
    expect(Object.fromEntries(boundaries.map((r) => [r.dataset, r.n]))).toEqual({
      "boundaries-provinces": 37,
      "boundaries-regencies": 514,
      "boundaries-lampung-districts": 229,
      "boundaries-lampung-selatan-villages": 260,
    });
    expect(first.loads.find((l) => l.dataset === "admin-units")).toMatchObject({ rows: 91081, skipped: false });
  });

  it("records the source and the missing province 63 of the admin-units file", async () => {
    const [units] = await t.handle.db.select().from(referenceDatasets).where(eq(referenceDatasets.id, "admin-units"));
    expect(units?.licence).toContain("MIT");
    expect(units?.notes).toContain("63 (13 units)");
  });

  it("seeds one demo account per role, passwords hashed with argon2id", async () => {
    const accounts = await listAccounts(t.handle.db);
    expect(accounts.map((a) => [a.username, a.role, a.regions])).toEqual([
      ["admin", "administrator", []],
      ["kementerian", "ministry_staff", []],
      ["lamsel", "regency_official", ["18.01"]],
      ["lamtim", "regency_official", ["18.07"]],
      ["peneliti", "researcher", []],
    ]);
    const hashes = await t.handle.db.select({ h: users.passwordHash }).from(users);
    expect(hashes.every((r) => r.h.startsWith("$argon2id$"))).toBe(true);
  });

  it("is idempotent: a second setup skips unchanged data and duplicates nothing", async () => {
    const again = await setupDatabase(t.handle, { demoAccounts: true });
    expect(again.loads.every((l) => l.skipped)).toBe(true);
    expect(again.demoAccountsCreated).toBe(0);
    const [n] = await t.handle.db.select({ n: count() }).from(regions);
    expect(n?.n).toBe(91081);
    expect(await listAccounts(t.handle.db)).toHaveLength(5);
  });

  it("finds both Rajabasa districts, told apart by their parents", async () => {
    const hits = await searchRegions(t.handle.db, national, "Rajabasa");
    const districts = hits.filter((h) => h.level === "district").map((h) => [h.code, h.name, h.parentName]);
    expect(districts).toEqual([
      ["18.01.16", "Raja Basa", "Kabupaten Lampung Selatan"],
      ["18.71.10", "Rajabasa", "Kota Bandar Lampung"],
    ]);
  });

  it("searches by code prefix", async () => {
    const hits = await searchRegions(t.handle.db, national, "18.01.16.20");
    expect(hits.map((h) => h.code)).toContain("18.01.16.2004");
    expect(hits.every((h) => h.code.startsWith("18.01.16.20"))).toBe(true);
  });

  it("scopes every read to the official's regency", async () => {
    const db = t.handle.db;
    expect(await getRegionInScope(db, lamtim, "18.01.16.2004")).toBeNull();
    expect((await getRegionInScope(db, lamsel, "18.01.16.2004"))?.name).toBe("Canti");
    const hits = await searchRegions(db, lamsel, "Rajabasa");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.code.startsWith("18.01."))).toBe(true);
    expect((await listChildren(db, lamtim, "18")).map((r) => r.code)).toEqual(["18.07"]);
    expect(await listChildren(db, lamtim, "18.01")).toEqual([]);
    expect((await listChildren(db, lamsel, "18")).map((r) => r.code)).toEqual(["18.01"]);
    expect((await getAncestors(db, "18.01.16.2004")).map((a) => a.name)).toEqual(["Lampung", "Kabupaten Lampung Selatan", "Raja Basa"]);
  });

  it("counts recent sign-in failures per name and address", async () => {
    const since = new Date(Date.now() - 60_000);
    expect(await countRecentFailures(t.handle.db, "nobody", "1.2.3.4", since)).toEqual({ account: 0, pair: 0, address: 0 });
  });
});

describe("embedded database lock", () => {
  it("refuses a second open of a folder that is open, and frees it on close", async () => {
    const t = await TARGETS[0].create();
    try {
      await expect(openDb({ pgliteDir: t.pgliteDir! })).rejects.toThrow(/in use by process/);
    } finally {
      await t.handle.close();
    }
    const again = await openDb({ pgliteDir: t.pgliteDir! });
    await again.close();
    await t.dispose().catch(() => {});
  });
});
