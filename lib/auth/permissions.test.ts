import { describe, expect, it } from "vitest";
import { can, inScope, isAncestorOfScope, PERMISSIONS, ROLES, type Actor, type Permission, type Role } from "./permissions";

const actors: Record<Role, Actor> = {
  administrator: { role: "administrator", regions: [] },
  ministry_staff: { role: "ministry_staff", regions: [] },
  regency_official: { role: "regency_official", regions: ["18.01"] },
  researcher: { role: "researcher", regions: [] },
};

// What each role may do at all (no region involved).
const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  administrator: { "region:view": true, "account:own": true, "account:manage": true, "audit:read": true, "survey:view": true, "survey:import": true, "pktd:import": true, "rubric:manage": true, "policy:edit": true, "score:rank": true, "brief:view": true, "brief:write": true, "brief:review": true, "decision:record": true, "publication:write": true, "token:own": true, "token:admin": true },
  ministry_staff: { "region:view": true, "account:own": true, "account:manage": false, "audit:read": false, "survey:view": true, "survey:import": false, "pktd:import": false, "rubric:manage": false, "policy:edit": false, "score:rank": true, "brief:view": true, "brief:write": false, "brief:review": true, "decision:record": true, "publication:write": false, "token:own": true, "token:admin": false },
  regency_official: { "region:view": true, "account:own": true, "account:manage": false, "audit:read": false, "survey:view": true, "survey:import": false, "pktd:import": true, "rubric:manage": false, "policy:edit": true, "score:rank": false, "brief:view": true, "brief:write": true, "brief:review": false, "decision:record": true, "publication:write": false, "token:own": true, "token:admin": false },
  researcher: { "region:view": true, "account:own": true, "account:manage": false, "audit:read": false, "survey:view": true, "survey:import": true, "pktd:import": true, "rubric:manage": false, "policy:edit": false, "score:rank": false, "brief:view": true, "brief:write": false, "brief:review": false, "decision:record": false, "publication:write": true, "token:own": true, "token:admin": false },
};

const IN_SCOPE = "18.01.16.2004"; // Canti, Lampung Selatan
const OUT_OF_SCOPE = "18.07.01.2004"; // a village of Lampung Timur
const LOOKALIKE = "18.010"; // not under 18.01 although it starts with the same characters

describe("can(user, permission, region)", () => {
  const cases = ROLES.flatMap((role) =>
    PERMISSIONS.flatMap((permission) => [
      { role, permission, region: undefined, expected: EXPECTED[role][permission] },
      { role, permission, region: IN_SCOPE, expected: EXPECTED[role][permission] },
      { role, permission, region: OUT_OF_SCOPE, expected: EXPECTED[role][permission] && role !== "regency_official" },
    ]),
  );

  it.each(cases)("$role $permission on $region → $expected", ({ role, permission, region, expected }) => {
    expect(can(actors[role], permission, region)).toBe(expected);
  });

  it("refuses everything without a user", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it("an official with no regions sees no region", () => {
    expect(can({ role: "regency_official", regions: [] }, "region:view", IN_SCOPE)).toBe(false);
  });
});

describe("scope", () => {
  it.each([
    ["18.01", true],
    ["18.01.16", true],
    ["18.01.16.2004", true],
    ["18", false],
    [LOOKALIKE, false],
    ["18.07", false],
    ["31.71", false],
  ])("official of 18.01 in scope of %s → %s", (code, expected) => {
    expect(inScope(actors.regency_official, code)).toBe(expected);
  });

  it("an official may see the names of her regency's parents, not its siblings", () => {
    expect(isAncestorOfScope(actors.regency_official, "18")).toBe(true);
    expect(isAncestorOfScope(actors.regency_official, "18.01")).toBe(false);
    expect(isAncestorOfScope(actors.regency_official, "18.07")).toBe(false);
    expect(isAncestorOfScope(actors.ministry_staff, "18")).toBe(false);
  });
});
