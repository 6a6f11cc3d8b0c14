import { describe, expect, it } from "vitest";
import { parseCli, UsageError } from "./args";

describe("parseCli: the commands of interfaces.md", () => {
  it.each([
    [
      ["import", "respondents", "a.csv", "--round", "R-1", "--round-name", "Round one", "--period-start", "2019-03-01", "--period-end", "2019-06-30"],
      { command: "import", kind: "respondents", file: "a.csv", round: "R-1", validOnly: false, newRound: { code: "R-1", name: "Round one", periodStart: "2019-03-01", periodEnd: "2019-06-30" } },
    ],
    [["import", "clusters", "c.csv", "--round", "R-1", "--valid-only"], { command: "import", kind: "clusters", round: "R-1", validOnly: true, newRound: { name: "R-1", periodEnd: undefined } }],
    [["import", "pktd", "p.csv"], { command: "import", kind: "pktd", file: "p.csv", round: null, newRound: null }],
    [["export", "clusters", "--round", "R", "--region", "18.01"], { command: "export", what: "clusters", round: "R", region: "18.01" }],
    [["backup", "out.jsonl.gz"], { command: "backup", file: "out.jsonl.gz" }],
    [["restore", "in.jsonl.gz"], { command: "restore", file: "in.jsonl.gz" }],
    [["round", "supersede", "R1", "--reason", "new data", "--by", "R2"], { command: "round", verb: "supersede", code: "R1", reason: "new data", supersededBy: "R2" }],
    [["scores", "--round", "R", "--unit", "village", "--json"], { command: "scores", round: "R", unit: "village", json: true, region: undefined }],
    [["tables", "--round", "R"], { command: "tables", round: "R", json: false }],
    [["candidates", "--round", "R", "--region", "18.01", "--rubric", "v2", "--json"], { command: "candidates", round: "R", region: "18.01", rubric: "v2", json: true }],
    [["brief", "--unit", "cluster:CANTI-KERIPIK", "--round", "R"], { command: "brief", unit: { type: "cluster", code: "CANTI-KERIPIK" }, round: "R", lang: "id", format: "md" }],
    [["brief", "--unit", "village:18.01.16.2004", "--round", "R", "--lang", "en", "--format", "pdf", "--out", "b.pdf"], { command: "brief", unit: { type: "village", code: "18.01.16.2004" }, lang: "en", format: "pdf", out: "b.pdf" }],
    [["synth", "--villages", "5", "--respondents", "100"], { command: "synth", options: { villages: 5, respondents: 100, seed: 2019, year: 2025 } }],
    [["synth", "--villages", "5", "--respondents", "100", "--seed", "3", "--round", "S-1"], { command: "synth", options: { seed: 3, round: "S-1" } }],
  ])("%j", (argv, expected) => {
    expect(parseCli(argv)).toMatchObject(expected);
  });
});

describe("parseCli: usage errors (exit 2) name what is wrong", () => {
  it.each([
    [[], "no command"],
    [["frobnicate"], "unknown command: frobnicate"],
    [["backup"], "backup needs exactly one file"],
    [["restore", "a", "b"], "restore needs exactly one file"],
    [["import", "respondents"], "unknown command: import respondents"],
    [["import", "respondents", "x.csv"], "import respondents needs --round"],
    [["import", "respondents", "x.csv", "--round", "no spaces"], "--round 'no spaces' must be 1-64 of A-Z a-z 0-9 . _ -"],
    [["import", "respondents", "x.csv", "--round", "R", "--period-start", "2019-07-01", "--period-end", "2019-06-30"], "--period-end is before --period-start"],
    [["import", "respondents", "x.csv", "--round", "R", "--period-end", "30/06/2019"], "--period-end must be a date YYYY-MM-DD"],
    [["import", "respondents", "x.csv", "--round", "R", "--period-start", "2019-13-01"], "--period-start must be a date YYYY-MM-DD"],
    [["import", "respondents", "x.csv", "y.csv", "--round", "R"], "unexpected argument: y.csv"],
    [["export", "respondents", "--bogus"], "Unknown option '--bogus'"],
    [["export", "respondents"], "export respondents needs --round"],
    [["scores", "--round", "X"], "scores needs --unit cluster|village|district|regency"],
    [["scores", "--round", "X", "--unit", "province"], "scores needs --unit cluster|village|district|regency"],
    [["scores", "--unit", "village"], "scores needs --round"],
    [["scores", "extra", "--round", "X", "--unit", "village"], "unexpected argument: extra"],
    [["candidates"], "candidates needs --round"],
    [["candidates", "--round", "X", "--region", "Lampung"], "--region 'Lampung' is not a Kemendagri code"],
    [["tables", "--round", "X", "--region", "18.1"], "--region '18.1' is not a Kemendagri code"],
    [["brief", "--round", "R"], "brief needs --unit cluster|village|district|regency:<code>"],
    [["brief", "--unit", "province:18", "--round", "R"], "brief needs --unit cluster|village|district|regency:<code>"],
    [["brief", "--unit", "cluster:X"], "brief needs --round"],
    [["brief", "--unit", "cluster:X", "--round", "R", "--format", "docx"], "--format must be md or pdf"],
    [["brief", "--unit", "cluster:X", "--round", "R", "--lang", "fr"], "--lang must be id or en"],
    [["round", "publish"], "unknown command: round publish"],
    [["round", "archive", "R"], "unknown command: round archive R"],
    [["synth"], "synth needs --villages <n>"],
    [["synth", "--villages", "5"], "synth needs --respondents <n>"],
    [["synth", "--respondents", "100"], "synth needs --villages <n>"],
    [["synth", "--villages", "0", "--respondents", "100"], "--villages '0' is not valid"],
    [["synth", "--villages", "five", "--respondents", "100"], "--villages 'five' is not valid"],
    [["synth", "--villages", "5", "--respondents", "1.5"], "--respondents '1.5' is not valid"],
    [["synth", "--villages", "5", "--respondents", "100", "--seed", "-3"], "Option '--seed' argument is ambiguous"],
    [["synth", "--villages", "5", "--respondents", "100", "--seed=-3"], "--seed '-3' is not valid"],
    [["synth", "--villages", "5", "--respondents", "100", "--round", "no spaces"], "--round 'no spaces' is not valid"],
    [["synth", "extra", "--villages", "5", "--respondents", "100"], "unexpected argument: extra"],
  ])("%j", (argv, message) => {
    let thrown: unknown;
    try {
      parseCli(argv);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toContain(message);
  });
});
