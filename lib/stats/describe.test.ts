import { describe as suite, expect, it } from "vitest";
import { describe } from "./describe";
import { median } from "./median";

suite("describe", () => {
  it("summarises an odd-sized cohort (worked by hand)", () => {
    // Marks 12, 15, 9, 18, 11 — mean 65/5 = 13; sorted 9 11 12 15 18 → median 12;
    // deviations −1 2 −4 5 −2 → Σ² = 50 → sample variance 50/4 = 12.5 → sd √12.5 = 3.5355339059327378
    // (python3 statistics.stdev gives the same 3.5355339059327378).
    expect(describe([12, 15, 9, 18, 11])).toEqual({
      n: 5,
      mean: 13,
      median: 12,
      sd: expect.closeTo(3.5355339059327378, 12),
      min: 9,
      max: 18,
    });
  });

  it("takes the mean of the two middle values for an even count", () => {
    // python3: statistics.mean/median/stdev([13.5, 8.25, 16, 11, 9.75, 17.5])
    //   → 12.666666666666666, 12.25, 3.632033406601138
    const d = describe([13.5, 8.25, 16, 11, 9.75, 17.5]);
    expect(d.n).toBe(6);
    expect(d.mean).toBeCloseTo(12.666666666666666, 12);
    expect(d.median).toBe(12.25);
    expect(d.sd).toBeCloseTo(3.632033406601138, 12);
    expect([d.min, d.max]).toEqual([8.25, 17.5]);
  });

  it("reports sd 0 for a single value and nulls for no value", () => {
    expect(describe([14])).toEqual({ n: 1, mean: 14, median: 14, sd: 0, min: 14, max: 14 });
    expect(describe([])).toEqual({ n: 0, mean: null, median: null, sd: null, min: null, max: null });
  });

  it("does not reorder the caller's array and rejects non-finite values", () => {
    const values = [3, 1, 2];
    describe(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => describe([1, Number.NaN])).toThrow(/index 1/);
  });
});

suite("median", () => {
  it("handles odd, even and empty lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
