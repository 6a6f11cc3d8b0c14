import { describe, expect, it } from "vitest";
import { readClaims, SESSION, sessionAccepted, sessionEndsAt, withinLifetime, type SessionClaims } from "./session-rules";

const signIn = Date.parse("2026-11-28T01:00:00Z") / 1000;
const at = (hours: number) => new Date((signIn + hours * 3600) * 1000);
const claims: SessionClaims = { uid: "7", sv: 2, sid: "abc", signedInAt: signIn };
const fine = { active: true, sessionVersion: 2, revoked: false };

describe("absolute session lifetime", () => {
  it.each([
    [0, true],
    [1, true],
    [SESSION.absoluteHours - 0.01, true],
    [SESSION.absoluteHours, false],
    [SESSION.absoluteHours + 8, false], // what "extended by 8 hours on every check" reached before
    [24 * 30, false],
    [-0.5, false], // signed in "in the future": forged or broken clock
  ])("%f h after sign-in → accepted %s", (hours, expected) => {
    expect(withinLifetime(signIn, at(hours))).toBe(expected);
  });

  it("ends 12 hours after sign-in", () => {
    expect(sessionEndsAt(signIn).toISOString()).toBe("2026-11-28T13:00:00.000Z");
  });
});

describe("sessionAccepted", () => {
  it.each([
    ["the same version, active, not signed out", fine, 1, true],
    ["password reset or sign-out everywhere raised the version", { ...fine, sessionVersion: 3 }, 1, false],
    ["account disabled", { ...fine, active: false }, 1, false],
    ["this browser signed out", { ...fine, revoked: true }, 1, false],
    ["account deleted", null, 1, false],
    ["older than the absolute lifetime", fine, SESSION.absoluteHours + 1, false],
  ])("%s → %s", (_why, state, hours, expected) => {
    expect(sessionAccepted(claims, state, at(hours as number))).toBe(expected);
  });
});

describe("readClaims", () => {
  it.each([
    [{ uid: "7", sv: 2, sid: "abc", signedInAt: signIn }, claims],
    [{ uid: "7" }, null], // a token issued before sessions had versions
    [{ uid: "7", sv: "2", sid: "abc", signedInAt: signIn }, null],
    [{ uid: "7", sv: 2, sid: "", signedInAt: signIn }, null],
    [{ uid: 7, sv: 2, sid: "abc", signedInAt: signIn }, null],
    [null, null],
  ])("%j → %j", (token, expected) => {
    expect(readClaims(token as Record<string, unknown> | null)).toEqual(expected);
  });
});
