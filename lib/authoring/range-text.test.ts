import { describe, expect, it } from "vitest";
import { flagFor, parseRangeText } from "./range-text";

describe("parseRangeText", () => {
  it.each([
    ["12,2-16,1", { low: 12.2, high: 16.1 }],
    ["138 000 - 381 000", { low: 138000, high: 381000 }],
    ["(0,0-1,0)", { low: 0, high: 1 }],
    ["< 5", { high: 5 }],
    ["N < 5", { high: 5 }],
    ["VN : 15-35 UI/L", { low: 15, high: 35 }],
    ["> 60", { low: 60 }],
    ["12 à 16", { low: 12, high: 16 }],
    ["normale", {}],
    ["16-12", {}],
  ])("%s", (text, bounds) => expect(parseRangeText(text)).toEqual(bounds));
});

describe("flagFor", () => {
  it("compares a number to the bounds", () => {
    expect(flagFor(10, { low: 12, high: 16 })).toBe("low");
    expect(flagFor(17, { low: 12, high: 16 })).toBe("high");
    expect(flagFor(12, { low: 12, high: 16 })).toBe("normal");
    expect(flagFor("< 5", { high: 5 })).toBeUndefined();
    expect(flagFor(3, {})).toBeUndefined();
  });
});
