import { describe, expect, it } from "vitest";
import { NUMBER_SOURCE, parseNumber } from "./parse-number";

describe("parseNumber", () => {
  it("reads decimal commas and dots", () => {
    expect(parseNumber("10,4")).toBe(10.4);
    expect(parseNumber("9.19")).toBe(9.19);
    expect(parseNumber("0,0")).toBe(0);
  });

  it("reads thousands grouped with spaces", () => {
    expect(parseNumber("51 000")).toBe(51000);
    expect(parseNumber("138 000")).toBe(138000);
    expect(parseNumber("1\u00a0000")).toBe(1000);
  });

  it("reads a three-digit group after a dot or comma as thousands only for counts", () => {
    expect(parseNumber("2.620", "count")).toBe(2620);
    expect(parseNumber("12,000", "count")).toBe(12000);
    expect(parseNumber("2.620")).toBe(2.62);
    expect(parseNumber("0,125", "count")).toBe(0.125);
    expect(parseNumber("9,19", "count")).toBe(9.19);
  });

  it("reads mixed separators", () => {
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("1,234.5")).toBe(1234.5);
    expect(parseNumber("2.620.000")).toBe(2620000);
  });
});

describe("NUMBER_SOURCE", () => {
  const re = new RegExp(NUMBER_SOURCE, "gu");
  it("does not take digits glued to letters", () => {
    expect("LAM5 T5 cT2N+ 40".match(re)).toEqual(["40"]);
  });
  it("groups thousands but not years followed by numbers", () => {
    expect("plaquettes 51 000/mcl".match(re)).toEqual(["51 000"]);
    expect("en 2013 500".match(re)).toEqual(["2013", "500"]);
  });
});
