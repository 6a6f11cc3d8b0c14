import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANDIDATE_LABEL, STRATUM_LABELS } from "./labels";

// every English string of the portal, flattened
function englishTexts(): string[] {
  const dir = path.join(__dirname, "../../messages");
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const f of readdirSync(dir).filter((f) => f === "en.json" || f.endsWith(".en.json"))) walk(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
  return out;
}

describe("stratum 2 and the pilot-cluster candidate never share a name (glossary)", () => {
  it("the stratum keeps the paper's English with its stage; the candidate is a candidate", () => {
    expect(STRATUM_LABELS.rintisan.en).toBe("pilot cluster (initial stage)");
    expect(CANDIDATE_LABEL.en).toBe("pilot-cluster candidate");
    expect(STRATUM_LABELS.rintisan.en).not.toContain("candidate");
  });

  it("every English message that names the stratum says '(initial stage)'", () => {
    const stratum = /pilot[ -]cluster(?![ -]candidate)/i;
    const bare = englishTexts().filter((s) => stratum.test(s) && !/initial stage/i.test(s));
    expect(bare).toEqual([]);
  });
});
