import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { importStaging } from "./schema";
import { setUpPostgres, type TestDb } from "./test/targets";
import { parseBriefDocument } from "@/lib/briefs/document";
import { generateBrief } from "@/services/briefs";
import { getBriefVersion } from "./queries/briefs";

const HEADER =
  "respondent_id,village_code,cluster_code,gender,cluster_initiator,institution_form,institution_support,business_permit,business_age,production_pattern,place_status,business_category,ir_continuity,ir_capital,ir_legality,ir_market,ir_labour,ir_management,sales_channel,marketing_zone,payment_method,value_added,profit_trend,market_orientation,business_connection,cooperation,specialization,supporting_institutions";
const row = (id: string, valueAdded = "gt75") =>
  `${id},18.01.16.2009,KJ-X,female,self,natural,supportive,no,gt2,continuous,own,food,2,2,1,1,1,2,direct,village,cash,${valueAdded},increased,local,producer_only,yes,yes,government`;

let dir: string;
/** the CLI's database: Postgres, which lets this file read it while the CLI runs (the restore below goes to PGlite) */
let t: TestDb;
const spawnCli = (env: Record<string, string>, args: string[]) =>
  // node with tsx's CLI directly: npx would resolve tsx again on each of the ~30 runs
  spawnSync(process.execPath, [path.join(__dirname, "../node_modules/tsx/dist/cli.mjs"), "scripts/cli.ts", ...args], {
    cwd: path.join(__dirname, ".."),
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
const cliOnPglite = (pgliteDir: string, ...args: string[]) => spawnCli({ DATABASE_URL: "", PGLITE_DIR: pgliteDir }, args);
const cli = (...args: string[]) => spawnCli({ DATABASE_URL: t.databaseUrl! }, args);

describe("command-line interface (interfaces.md)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "portal-cli-"));
    t = await setUpPostgres({ demoAccounts: false });
    writeFileSync(path.join(dir, "bad.csv"), [HEADER, row("A1"), row("A2", "75%")].join("\n"));
    writeFileSync(path.join(dir, "good.csv"), [HEADER, row("A1"), row("A2")].join("\n"));
  });
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a file with errors: exit 1, `line N, column X:` on stderr, nothing imported, nothing left staged", async () => {
    const r = cli("import", "respondents", path.join(dir, "bad.csv"), "--round", "CLI-2026");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("line 3, column value_added: '75%' is not a known code");
    expect(r.stderr).toContain("nothing imported");
    // the file's valid row was staged while the worker read it; the refusal took it away again
    expect(await t.handle.db.select({ n: count() }).from(importStaging)).toEqual([{ n: 0 }]);
    const exported = cli("export", "respondents", "--round", "CLI-2026");
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain("round 'CLI-2026' does not exist");
  });

  it("imports a valid file, creating the round; a second import changes nothing", () => {
    const first = cli("import", "respondents", path.join(dir, "good.csv"), "--round", "CLI-2026", "--round-name", "CLI test");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("2 new, 0 changed, 0 unchanged, 0 rejected, 1 clusters created");
    expect(first.stderr).toContain("no fieldwork end date, PKTD year unknown");
    const again = cli("import", "respondents", path.join(dir, "good.csv"), "--round", "CLI-2026");
    expect(again.stdout).toContain("0 new, 0 changed, 2 unchanged");
  });

  it("exports a round (or a region of it) in the import format", () => {
    const r = cli("export", "respondents", "--round", "IR-LAMSEL-2019", "--region", "18.01.16.2004");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^\uFEFF?respondent_id,village_code,cluster_code,/);
    expect(lines).toHaveLength(1 + 56);
    expect(lines.slice(1).every((l) => l.includes(",18.01.16.2004,"))).toBe(true);
  });

  it.each(["cluster", "village", "district", "regency"])("scores --unit %s --json returns the interfaces.md shape", (unit) => {
    const r = cli("scores", "--round", "CLI-2026", "--unit", unit, "--json");
    expect(r.status).toBe(0);
    const scores = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(scores).toHaveLength(1);
    const s = scores[0]!;
    expect(Object.keys(s).sort()).toEqual(
      [
        "code", "indicators", "ir", "n", "name", "no_pktd_record", "pktd_year", "policy_support", "readiness", "round", "rubric",
        "social_capital", "social_capital_n", "stratum", "unit", "variables",
      ].sort(),
    );
    expect(s).toMatchObject({ unit, n: 2, rubric: "rubrik-2019-v1", round: "CLI-2026", ir: { IR1: 0, IR2: 2, IR3: 0, unclassified: 0 } });
    expect(s.code).toBe({ cluster: "KJ-X", village: "18.01.16.2009", district: "18.01.16", regency: "18.01" }[unit]);
    expect(Object.keys(s.variables as object).sort()).toEqual(["activity", "connectivity", "institution", "performance"]);
    expect(typeof s.readiness).toBe("number");
    expect(s.indicators).toHaveProperty("unit_size", 1);
  });

  it("a round created without dates still imports, and says its PKTD year is unknown instead of using year 0", () => {
    // CLI-2026 was created above without --period-start/--period-end
    const [village] = JSON.parse(cli("scores", "--round", "CLI-2026", "--unit", "village", "--json").stdout);
    expect(village).toMatchObject({ no_pktd_record: true, pktd_year: null });
    const plain = cli("scores", "--round", "CLI-2026", "--unit", "village");
    expect(plain.stdout).toContain("no fieldwork end date, PKTD year unknown");
  });

  it("import takes the fieldwork period (--period-start, --period-end); the PKTD year is the end's year", () => {
    const r = cli("import", "respondents", path.join(dir, "good.csv"), "--round", "CLI-2027", "--period-start", "2019-03-01", "--period-end", "2019-06-30");
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("no fieldwork end date");
    const [village] = JSON.parse(cli("scores", "--round", "CLI-2027", "--unit", "village", "--json").stdout);
    expect(village).toMatchObject({ pktd_year: 2019 });
    expect(typeof village.policy_support).toBe("number");
    expect(cli("import", "respondents", path.join(dir, "good.csv"), "--round", "CLI-2028", "--period-start", "2019-07-01", "--period-end", "2019-06-30").status).toBe(2);
    expect(cli("import", "respondents", path.join(dir, "good.csv"), "--round", "CLI-2028", "--period-end", "30/06/2019").stderr).toContain("--period-end must be a date YYYY-MM-DD");
  });

  it("the paper round's villages carry their PKTD check or the no-record flag in the JSON", () => {
    const villages = JSON.parse(cli("scores", "--round", "IR-LAMSEL-2019", "--unit", "village", "--json").stdout) as { no_pktd_record: boolean; pktd_year: number }[];
    expect(villages.every((v) => v.pktd_year === 2019 && typeof v.no_pktd_record === "boolean")).toBe(true);
  });

  it("scores the paper's clusters and the whole site as the paper does (rintisan, readiness ≈ 2.05)", () => {
    const district = JSON.parse(cli("scores", "--round", "IR-LAMSEL-2019", "--unit", "district", "--json").stdout)[0];
    expect(district).toMatchObject({ code: "18.01.16", n: 101, stratum: "rintisan" });
    expect(district.readiness).toBeCloseTo(2.05, 2);
    const clusters = JSON.parse(cli("scores", "--round", "IR-LAMSEL-2019", "--unit", "cluster", "--json").stdout) as { code: string; n: number }[];
    expect(clusters.map((c) => [c.code, c.n])).toEqual([
      ["CANTI-KERIPIK", 56],
      ["WMT-BAKSO", 45],
    ]);
  });

  it("tables --json gives the paper-style frequency tables, with the derived IR class", () => {
    const r = cli("tables", "--round", "IR-LAMSEL-2019", "--json");
    expect(r.status).toBe(0);
    const tables = JSON.parse(r.stdout) as { field: string; n: number; rows: { code: string; n: number; pct: number }[] }[];
    const marketing = tables.find((t) => t.field === "marketing_zone");
    expect(marketing?.n).toBe(101);
    expect(marketing?.rows.find((x) => x.code === "village")).toEqual({ code: "village", n: 70, pct: 69.31 });
    expect(tables.find((t) => t.field === "ir_class")?.rows.map((x) => [x.code, x.n])).toEqual([
      ["IR2", 91],
      ["IR3", 8],
      ["IR1", 2],
    ]);
    expect(tables.find((t) => t.field === "supporting_institutions")?.rows.find((x) => x.code === "college government")?.n).toBe(40);
  });

  it("backup and restore: exit 0 into an empty database (here Postgres into the embedded one), exit 1 with the reason otherwise", () => {
    const file = path.join(dir, "portal.jsonl.gz");
    const backup = cli("backup", file);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/backup of postgres at schema \S+: \d+ tables, \d+ rows/);
    const fresh = path.join(dir, "restored");
    const restore = cliOnPglite(fresh, "restore", file);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/restored \d+ rows in \d+ tables .* on postgres/);
    const again = cliOnPglite(fresh, "restore", file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("restore refused: The database already holds data");
    // the restored database answers like the original, through the CLI on the embedded database
    const scores = (c: typeof cli) => JSON.parse(c("scores", "--round", "IR-LAMSEL-2019", "--unit", "cluster", "--json").stdout);
    expect(scores((...args) => cliOnPglite(fresh, ...args))).toEqual(scores(cli));
  });

  it("candidates --json lists every cluster of the round in rank order, in the interfaces.md shape", () => {
    const r = cli("candidates", "--round", "IR-LAMSEL-2019", "--region", "18.01", "--json");
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => x.code).sort()).toEqual(["CANTI-KERIPIK", "WMT-BAKSO"]);
    for (const x of rows) {
      expect(Object.keys(x).sort()).toEqual(["candidate", "code", "criteria", "name", "priority", "rank", "robustness"]);
      expect(Object.keys(x.criteria as object)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6"]);
      expect(Object.values(x.criteria as object).every((v) => ["pass", "fail", "unknown"].includes(v))).toBe(true);
      expect(Object.keys(x.robustness as object).sort()).toEqual(["fragile", "rank_p5", "rank_p95", "share_candidate"]);
      expect(x.candidate === (x.rank !== null)).toBe(true);
    }
    // candidates first, ranked 1, 2, …; the same output on a second run (seeded draws)
    const ranks = rows.filter((x) => x.candidate).map((x) => x.rank);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    expect(cli("candidates", "--round", "IR-LAMSEL-2019", "--region", "18.01", "--json").stdout).toBe(r.stdout);
    expect(cli("candidates", "--round", "IR-LAMSEL-2019", "--rubric", "no-such-rubric", "--json").status).toBe(1);
  });

  // every usage error is a case of lib/cli/args.test.ts; here, that the process exits 2 with the usage
  it.each([[[]], [["frobnicate"]], [["export", "respondents", "--bogus"]], [["scores", "--round", "X", "--unit", "province"]], [["synth", "--villages", "5"]]])(
    "usage errors exit 2 with the usage on stderr: %j",
    (args) => {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("usage:\n  npm run cli -- import respondents <file>");
      expect(r.stderr).toContain("npm run cli -- synth --villages <n> --respondents <n>");
    },
  );

  it("brief: the page's sections as Markdown; bad usage exits 2, an unscored unit 1", async () => {
    const r = cli("brief", "--unit", "cluster:CANTI-KERIPIK", "--round", "IR-LAMSEL-2019", "--lang", "id", "--format", "md");
    expect(r.status).toBe(0);
    const actor = { id: null, username: "cli", role: "administrator" as const, regions: [] };
    const { id } = await t.handle.db.transaction((tx) => generateBrief(tx, actor, { unit: { type: "cluster", code: "CANTI-KERIPIK" }, roundCode: "IR-LAMSEL-2019", lang: "id" }));
    const doc = parseBriefDocument((await getBriefVersion(t.handle.db, id, 1))!.document);
    for (const s of doc.sections) expect(r.stdout).toContain(s.body);
    for (const n of doc.footnotes) expect(r.stdout).toContain(`[^${n.id}]: ${n.text}`);
    expect(cli("brief", "--round", "IR-LAMSEL-2019").status).toBe(2);
    expect(cli("brief", "--unit", "cluster:CANTI-KERIPIK", "--round", "IR-LAMSEL-2019", "--format", "docx").status).toBe(2);
    const missing = cli("brief", "--unit", "cluster:NOPE", "--round", "IR-LAMSEL-2019");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("has no scores");
  });

  it("synth: a small synthetic round, published and scored; the same code again exits 1", () => {
    const r = cli("synth", "--villages", "5", "--respondents", "60", "--seed", "3", "--round", "CLI-SYN");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/synthesized round CLI-SYN: 5 villages, 60 respondents, 3 clusters, .* published/);
    const scores = JSON.parse(cli("scores", "--round", "CLI-SYN", "--unit", "village", "--json").stdout) as unknown[];
    expect(scores).toHaveLength(5);
    expect(cli("synth", "--villages", "5", "--respondents", "60", "--round", "CLI-SYN").status).toBe(1);
  });
});
