import { describe, expect, it } from "vitest";
import { formatLocaleNumber, parseLocaleNumber } from "./numbers";

describe("parseLocaleNumber", () => {
  it.each([
    ["12", 12],
    ["-5", -5],
    [" 7 ", 7],
    ["1.250.000", 1_250_000],
    ["1.250", 1250],
    ["1.250.000,75", 1_250_000.75],
    ["12,5", 12.5],
    ["0,25", 0.25],
    ["12.5", 12.5],
    ["12.50", 12.5],
  ])("reads %s as %d", (text, n) => {
    expect(parseLocaleNumber(text)).toBe(n);
  });

  it.each(["", "1,25,0", "1.25.0", "12.345.67", "1 250 000", "Rp 1.000", "abc", "1e3", "12,", ",5", "--1"])("rejects '%s'", (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it.each([
    ["Rp 1.250.000", 1_250_000],
    ["Rp. 50.000,-", 50_000],
    ["RP1.000", 1000],
    ["2500000", 2_500_000],
  ])("reads the amount %s as %d", (text, n) => {
    expect(parseLocaleNumber(text, { rupiah: true })).toBe(n);
  });
});

describe("formatLocaleNumber", () => {
  it.each([0, 3, 1_250_000, 12.5, 1.125, -0.75])("%d reads back unchanged", (n) => {
    expect(parseLocaleNumber(formatLocaleNumber(n))).toBe(n);
  });
});
