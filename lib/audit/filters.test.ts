import { describe, expect, it } from "vitest";
import { auditQuery, auditTimeRange, parseAuditFilters } from "./filters";

describe("parseAuditFilters", () => {
  it.each([
    [{}, {}],
    [{ actor: " Admin ", type: "rubric", id: "v2", action: "rubric.copy" }, { actor: "admin", entityType: "rubric", entityId: "v2", action: "rubric.copy" }],
    [{ action: "account.drop_everything" }, {}],
    [{ action: ["account.create", "x"] }, { action: "account.create" }],
    [{ from: "2026-11-01", to: "2026-11-30" }, { from: "2026-11-01", to: "2026-11-30" }],
    [{ from: "2026-02-30", to: "30/11/2026" }, {}],
    [{ from: "'; drop table audit_log; --" }, {}],
    [{ actor: "" , id: "   " }, {}],
  ])("%j → %j", (search, expected) => {
    expect(parseAuditFilters(search)).toEqual(expected);
  });
});

describe("auditTimeRange", () => {
  it("reads the days in Western Indonesia Time, `to` inclusive", () => {
    const { since, until } = auditTimeRange({ from: "2026-11-01", to: "2026-11-30" });
    expect(since?.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(until?.toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });
  it("leaves open ends open", () => {
    expect(auditTimeRange({})).toEqual({ since: undefined, until: undefined });
  });
});

describe("auditQuery", () => {
  it("round-trips through parseAuditFilters", () => {
    const filters = { actor: "admin", entityType: "user", entityId: "3", action: "account.update" as const, from: "2026-01-01", to: "2026-01-31" };
    const q = auditQuery(filters, 2);
    expect(q).toBe("?actor=admin&type=user&id=3&action=account.update&from=2026-01-01&to=2026-01-31&page=2");
    expect(parseAuditFilters(Object.fromEntries(new URLSearchParams(q)))).toEqual(filters);
  });
  it("is empty without filters on page 1", () => {
    expect(auditQuery({})).toBe("");
  });
});
