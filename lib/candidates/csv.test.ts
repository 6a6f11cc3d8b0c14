import { describe, expect, it } from "vitest";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { candidatesFor } from "./candidates";
import { candidatesToCsv } from "./csv";
import { cluster } from "./test-clusters";

describe("candidates CSV", () => {
  const rows = candidatesFor(RUBRIC_V1, [cluster({ code: "K-A", name: "=HYPERLINK(\"x\")" }), cluster({ code: "K-B", n: 4 })]);
  const lines = candidatesToCsv(rows, (code) => (code === "K-A" ? "shortlisted" : undefined)).split("\r\n");

  it("starts with a BOM and the header, one line per cluster in rank order", () => {
    expect(lines[0]).toMatch(/^\uFEFFrank,code,name,region_code,n,candidate,failed,C1,C1_value,/);
    expect(lines[1]).toMatch(/^1,K-A,/);
    expect(lines[2]).toMatch(/^,K-B,.*,false,C6,/);
  });

  it("neutralises a name that looks like a formula", () => {
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("ends each row with the decision in force", () => {
    expect(lines[1]!.endsWith(",shortlisted")).toBe(true);
    expect(lines[2]!.endsWith(",")).toBe(true);
  });
});
