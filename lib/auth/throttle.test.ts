import { describe, expect, it } from "vitest";
import { accountDelayMs, THROTTLE, throttleDecision, throttleWindowStart } from "./throttle";

const none = { account: 0, pair: 0, address: 0 };

describe("sign-in throttling", () => {
  it.each([
    ["nothing failed", none, true, { kind: "allow", delayMs: 0 }],
    ["4 failures for the pair", { account: 4, pair: 4, address: 4 }, true, { kind: "allow", delayMs: 1_000 }],
    ["5 failures for the pair lock the pair", { account: 5, pair: 5, address: 5 }, true, { kind: "lock", reason: "pair" }],
    // others failing for the same account from elsewhere: slower, never locked
    ["100 failures for the name from other addresses", { account: 100, pair: 0, address: 0 }, true, { kind: "allow", delayMs: THROTTLE.maxDelayMs }],
    ["19 failures from the address, many names", { account: 0, pair: 0, address: 19 }, true, { kind: "allow", delayMs: 0 }],
    ["20 failures from the address lock the address", { account: 0, pair: 0, address: 20 }, true, { kind: "lock", reason: "address" }],
    // no address known: no shared bucket that one client could fill for all
    ["address unknown, 50 failures counted under it", { account: 0, pair: 50, address: 50 }, false, { kind: "allow", delayMs: 0 }],
    ["address unknown, the name failing often", { account: 6, pair: 6, address: 6 }, false, { kind: "allow", delayMs: 4_000 }],
  ])("%s", (_why, recent, addressKnown, expected) => {
    expect(throttleDecision(recent, addressKnown)).toEqual(expected);
  });

  it.each([
    [0, 0],
    [3, 0],
    [4, 1_000],
    [5, 2_000],
    [6, 4_000],
    [7, 8_000],
    [8, 10_000],
    [1_000, 10_000],
  ])("%i failures for the name → wait %i ms", (failures, ms) => {
    expect(accountDelayMs(failures)).toBe(ms);
  });

  it("looks back 15 minutes", () => {
    expect(throttleWindowStart(new Date("2026-11-28T10:15:00Z")).toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });
});
