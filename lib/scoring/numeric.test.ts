import { describe, expect, it } from "vitest";
import { parseFrenchNumber, scoreNumeric } from "./numeric";

describe("parseFrenchNumber", () => {
  it.each([
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["1 500", 1500],
    ["1\u00a0500,25", 1500.25],
    ["12\u202f000", 12000],
    ["-0,25", -0.25],
    ["+3", 3],
    [",5", 0.5],
    [" 42 ", 42],
    ["1500", 1500],
  ])("%j → %d", (s, n) => expect(parseFrenchNumber(s)).toBe(n));
  it.each(["", "abc", "1,5,2", "1 5", "1,", "1e3", "Infinity", "NaN", "1 500 00", "--1"])("%j → null", (s) =>
    expect(parseFrenchNumber(s)).toBeNull(),
  );
});

describe("numeric tolerance", () => {
  it("symmetric: bounds are inclusive", () => {
    expect(scoreNumeric(1.5, 0.1, "mg", 1.6).credit).toBe(1);
    expect(scoreNumeric(1.5, 0.1, "mg", 1.4).credit).toBe(1);
    expect(scoreNumeric(100, 5, "mg", 95).credit).toBe(1);
    expect(scoreNumeric(100, 5, "mg", 105).credit).toBe(1);
  });
  it("just outside → 0 with the accepted range", () => {
    expect(scoreNumeric(100, 5, "mg", 105.01)).toEqual({
      credit: 0,
      reasons: [{ rule: "numeric.out-of-range", params: { given: 105.01, expected: 100, unit: "mg", min: 95, max: 105 } }],
    });
    expect(scoreNumeric(100, 5, "mg", 94.99).credit).toBe(0);
  });
  it("asymmetric {below, above}", () => {
    const tol = { below: 0, above: 10 };
    expect(scoreNumeric(40, tol, "mL/kg", 40).credit).toBe(1);
    expect(scoreNumeric(40, tol, "mL/kg", 50).credit).toBe(1);
    expect(scoreNumeric(40, tol, "mL/kg", 39.9).credit).toBe(0);
    expect(scoreNumeric(40, tol, "mL/kg", 50.1).credit).toBe(0);
  });
  it("zero tolerance: exact value only", () => {
    expect(scoreNumeric(4, 0, "", 4).credit).toBe(1);
    expect(scoreNumeric(4, 0, "", 4.001).credit).toBe(0);
  });
  it("non-finite values never score", () => expect(scoreNumeric(4, 1e9, "", Number.NaN).credit).toBe(0));
});
