import { describe, expect, it } from "vitest";
import { canSeeRound, defaultRound, isPublic, needsReason, nextRoundStatus, type RoundStatus, type RoundVerb } from "./round-status";

describe("nextRoundStatus", () => {
  const table: [RoundStatus, RoundVerb, RoundStatus | "deleted" | null][] = [
    ["draft", "publish", "published"],
    ["draft", "delete", "deleted"],
    ["draft", "withdraw", null],
    ["draft", "supersede", null],
    ["published", "delete", null],
    ["published", "publish", null],
    ["published", "withdraw", "withdrawn"],
    ["published", "supersede", "superseded"],
    ["superseded", "withdraw", "withdrawn"],
    ["superseded", "delete", null],
    ["withdrawn", "delete", null],
    ["withdrawn", "publish", null],
  ];
  it.each(table)("%s + %s → %s", (from, verb, to) => expect(nextRoundStatus(from, verb)).toBe(to));
  it("nothing but a draft can ever be deleted", () => {
    for (const s of ["published", "superseded", "withdrawn"] as const) expect(nextRoundStatus(s, "delete")).toBeNull();
  });
  it("withdraw and supersede need a reason", () => {
    expect([needsReason("withdraw"), needsReason("supersede"), needsReason("publish"), needsReason("delete")]).toEqual([true, true, false, false]);
  });
});

describe("canSeeRound", () => {
  const draft = { status: "draft" as const, createdBy: 7 };
  it.each([
    [{ id: 7, role: "researcher" as const, regions: [] }, draft, true],
    [{ id: 8, role: "researcher" as const, regions: [] }, draft, false],
    [{ id: 1, role: "administrator" as const, regions: [] }, draft, true],
    [{ id: 2, role: "ministry_staff" as const, regions: [] }, draft, false],
    [{ id: 3, role: "regency_official" as const, regions: ["18.01"] }, draft, false],
    [{ role: "researcher" as const, regions: [] }, draft, false],
    [{ id: 3, role: "regency_official" as const, regions: ["18.01"] }, { status: "published" as const, createdBy: 7 }, true],
  ])("%o sees %o: %s", (actor, round, seen) => expect(canSeeRound(actor, round)).toBe(seen));
});

describe("defaultRound and isPublic", () => {
  it("skips drafts, withdrawn and superseded rounds", () => {
    const rounds = [
      { code: "D", status: "draft" as const },
      { code: "W", status: "withdrawn" as const },
      { code: "S", status: "superseded" as const },
      { code: "P", status: "published" as const },
    ];
    expect(defaultRound(rounds)?.code).toBe("P");
    expect(defaultRound(rounds.slice(0, 3))).toBeNull();
  });
  it("public: published and superseded only", () => {
    expect((["draft", "published", "superseded", "withdrawn"] as const).map(isPublic)).toEqual([false, true, true, false]);
  });
});
