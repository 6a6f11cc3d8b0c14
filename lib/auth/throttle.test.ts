import { describe, expect, it } from "vitest";
import { isThrottled, THROTTLE, throttleWindowStart } from "./throttle";

describe("sign-in throttling", () => {
  it.each([
    [0, 0, false],
    [THROTTLE.maxPerUsername - 1, 0, false],
    [THROTTLE.maxPerUsername, 0, true],
    [0, THROTTLE.maxPerIp - 1, false],
    [0, THROTTLE.maxPerIp, true],
  ])("%i failures for the name, %i for the address → throttled %s", (usernameFailures, ipFailures, expected) => {
    expect(isThrottled({ usernameFailures, ipFailures })).toBe(expected);
  });

  it("looks back 15 minutes", () => {
    expect(throttleWindowStart(new Date("2026-11-28T10:15:00Z")).toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });
});
