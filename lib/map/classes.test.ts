import { describe, expect, it } from "vitest";
import { classBreaks, classify, NO_DATA, numericFills, stratumClass } from "./classes";

describe("classBreaks", () => {
  it("equal interval splits the range into equal widths", () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6], "equal", 5)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(classBreaks([0, 10, 3, 7, 1, 9], "equal", 2)).toEqual([0, 5, 10]);
  });

  it("quantile puts about as many values in each class", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const breaks = classBreaks(values, "quantile", 5);
    expect(breaks).toEqual([1, 3, 5, 7, 9, 11]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classify(v, 1, breaks) as number]!++;
    expect(counts).toEqual([3, 2, 2, 2, 2]);
  });

  it("leaves out nulls, undefined and NaN", () => {
    expect(classBreaks([null, 1, undefined, Number.NaN, 3], "equal", 2)).toEqual([1, 2, 3]);
  });

  it("gives one class when all values are equal", () => {
    for (const method of ["equal", "quantile"] as const) {
      const breaks = classBreaks([2.5, 2.5, 2.5], method);
      expect(breaks).toEqual([2.5, 2.5]);
      expect(classify(2.5, 10, breaks)).toBe(0);
    }
  });

  it("gives fewer classes than asked when there are fewer values", () => {
    const equal = classBreaks([1, 3], "equal", 5);
    expect(equal).toEqual([1, 2, 3]);
    // quantile: one class per distinct value, so 1 and 3 never share a colour
    const quantile = classBreaks([1, 3, 3], "quantile", 5);
    expect(quantile).toEqual([1, 1, 3]);
    expect([classify(1, 1, quantile), classify(3, 1, quantile)]).toEqual([0, 1]);
  });

  it("never repeats a limit when quantiles of tied values coincide", () => {
    const breaks = classBreaks([1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6], "quantile", 5);
    expect(new Set(breaks).size).toBe(breaks.length);
    expect(breaks[0]).toBe(1);
    expect(breaks.at(-1)).toBe(6);
  });

  it("gives no classes without values", () => {
    expect(classBreaks([], "quantile")).toEqual([]);
    expect(classBreaks([null, null], "equal")).toEqual([]);
  });
});

describe("classify", () => {
  const breaks = [1, 1.5, 2, 2.5, 3];
  it("puts a value in the class whose upper limit it does not pass; min in the first", () => {
    expect([1, 1.5, 1.51, 2.2, 3].map((v) => classify(v, 5, breaks))).toEqual([0, 0, 1, 2, 3]);
  });

  it("is no data, never class 0, for a missing value or no respondents", () => {
    for (const v of [null, undefined, Number.NaN]) expect(classify(v, 5, breaks)).toBe(NO_DATA);
    expect(classify(1, 0, breaks)).toBe(NO_DATA);
    expect(classify(1, 5, [])).toBe(NO_DATA);
  });

  it("clamps values outside the limits to the end classes", () => {
    expect(classify(0, 5, breaks)).toBe(0);
    expect(classify(9, 5, breaks)).toBe(3);
  });
});

describe("stratumClass and fills", () => {
  it("maps strata and treats a missing stratum or n = 0 as no data", () => {
    expect(stratumClass("rintisan", 50)).toBe("rintisan");
    expect(stratumClass(null, 50)).toBe(NO_DATA);
    expect(stratumClass("matang", 0)).toBe(NO_DATA);
    expect(stratumClass("bogus", 3)).toBe(NO_DATA);
  });

  it("uses viridis, light to dark, never the no-data grey", () => {
    const fills = numericFills(5);
    expect(fills).toHaveLength(5);
    expect(new Set(fills).size).toBe(5);
    expect(fills.map((f) => f.toUpperCase())).not.toContain("#D9D9D9");
    const lum = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((a, b) => a + b);
    expect(lum(fills[0]!)).toBeGreaterThan(lum(fills[4]!));
  });
});
