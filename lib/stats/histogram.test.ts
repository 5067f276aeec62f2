import { describe, expect, it } from "vitest";
import { histogram } from "./histogram";

describe("histogram", () => {
  it("bins marks out of 20 into ten [from, to) bars, the last one closed", () => {
    const bins = histogram([0, 1.99, 2, 9.5, 10, 17.99, 18, 19.99, 20], { min: 0, max: 20, bins: 10 });
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 2], [2, 4], [4, 6], [6, 8], [8, 10], [10, 12], [12, 14], [14, 16], [16, 18], [18, 20],
    ]);
    // 0 and 1.99 → [0,2); 2 → [2,4); 9.5 → [8,10); 10 → [10,12); 17.99 → [16,18);
    // 18, 19.99 and 20 → [18,20] (20 counted thanks to the closed last bar).
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 1, 1, 0, 0, 1, 3]);
  });

  it("puts values on a decimal edge in the bar that starts there", () => {
    // With 10 bars over [0, 1], 0.3 and 0.7 start bars 3 and 7 (naive i·0.1 edges would misplace them).
    const bins = histogram([0.3, 0.7, 0.1], { min: 0, max: 1, bins: 10 });
    expect(bins[3]).toEqual({ from: 0.3, to: 0.4, count: 1 });
    expect(bins[7]).toEqual({ from: 0.7, to: 0.8, count: 1 });
    expect(bins[1].count).toBe(1);
  });

  it("leaves out-of-range values uncounted and returns empty bars for no values", () => {
    const bins = histogram([-1, 5, 21], { min: 0, max: 20, bins: 4 });
    expect(bins.map((b) => b.count)).toEqual([0, 1, 0, 0]);
    expect(histogram([], { min: 0, max: 20, bins: 2 })).toEqual([
      { from: 0, to: 10, count: 0 },
      { from: 10, to: 20, count: 0 },
    ]);
  });

  it("rejects an invalid range or bar count", () => {
    expect(() => histogram([1], { min: 20, max: 0, bins: 10 })).toThrow(RangeError);
    expect(() => histogram([1], { min: 0, max: 20, bins: 0 })).toThrow(RangeError);
    expect(() => histogram([1], { min: 0, max: 20, bins: 2.5 })).toThrow(RangeError);
  });
});
