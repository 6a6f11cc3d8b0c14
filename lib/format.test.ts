import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay } from "./format";

// 2026-11-30 20:30 UTC is already 1 December in Jakarta (UTC+7): the case that showed two days for one import.
const LATE_EVENING_UTC = new Date("2026-11-30T20:30:00Z");

describe("one time zone for every date and time", () => {
  it("the day of an import is the day in WIB, not in UTC", () => {
    expect(formatDay(LATE_EVENING_UTC, "id", "Asia/Jakarta")).toBe("1 Desember 2026");
    expect(formatDay(LATE_EVENING_UTC, "en", "Asia/Jakarta")).toBe("1 December 2026");
  });

  it("the round list's day and the history's date-time agree", () => {
    const day = formatDay(LATE_EVENING_UTC, "id", "Asia/Jakarta");
    expect(formatDateTime(LATE_EVENING_UTC, "id", "Asia/Jakarta").startsWith(day)).toBe(true);
  });

  it("a date-time names its zone", () => {
    expect(formatDateTime(LATE_EVENING_UTC, "id", "Asia/Jakarta")).toMatch(/03\.30 WIB$/);
    expect(formatDateTime(LATE_EVENING_UTC, "id", "Asia/Jayapura")).toMatch(/05\.30 WIT$/);
  });

  it("a configured zone moves the day", () => {
    expect(formatDay(new Date("2026-11-30T16:30:00Z"), "id", "Asia/Jakarta")).toBe("30 November 2026");
    expect(formatDay(new Date("2026-11-30T16:30:00Z"), "id", "Asia/Jayapura")).toBe("1 Desember 2026");
  });

  it("a calendar date (fieldwork period) is the same day in every zone", () => {
    expect(formatDate("2019-06-30", "id")).toBe("30 Juni 2019");
  });
});
