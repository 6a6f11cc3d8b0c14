import { describe, expect, it } from "vitest";
import { rankToCsv, type RankRecord } from "./rank-csv";

const base: RankRecord = {
  rank: 1, unit_type: "village", code: "18.01.16.2004", name: "Canti", n: 56, readiness: 2.0512, stratum: "rintisan",
  institution: 1.8, activity: 1.9, performance: 2.2, connectivity: 2.1, social_capital: null, policy_support: 40,
};

describe("rankToCsv", () => {
  it("writes a header and one line per unit; blanks stay blank; numbers as the import reads them", () => {
    const lines = rankToCsv([base]).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("rank,unit_type,code,name,n,readiness,stratum,institution,activity,performance,connectivity,social_capital,policy_support");
    expect(lines[1]).toBe('1,village,18.01.16.2004,Canti,56,"2,0512",rintisan,"1,8","1,9","2,2","2,1",,40');
  });
  it("neutralises a name that a spreadsheet would run as a formula", () => {
    const lines = rankToCsv([{ ...base, name: "=HYPERLINK(\"x\")" }]).split("\r\n");
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
