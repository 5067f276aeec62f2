import { describe, expect, it } from "vitest";
import { itemAnalysis } from "./item-analysis";

/*
 * Reference case A — 5 students × 4 items, item maxima [1, 1, 2, 1].
 *
 *        i0 i1 i2 i3 | total
 *   s1    1  1  1  1 |  4
 *   s2    1  0  0  0 |  1
 *   s3    0  0  0  1 |  1
 *   s4    0  0  1  1 |  2
 *   s5    1  1  1  0 |  3
 *
 * By hand (sample variances, divisor n − 1 = 4):
 *   totals mean 2.2, deviations 1.8 −1.2 −1.2 −0.2 0.8, Σ² = 6.8 → var 1.7.
 *   Every item has Σ² = 1.2 → var 0.3 → sd √0.3 = 0.5477225575…; Σ item var = 1.2.
 *   alpha = 4/3 × (1 − 1.2/1.7) = 4/3 × 5/17 = 20/51 = 0.392156862745…
 *   Rest score R = total − item; Sxy = Σ(x−x̄)(R−R̄); Smax = same with x and R each sorted ascending.
 *   i0: x̄ .6, R = 3 0 1 2 2 (R̄ 1.6, Σ² 5.2), Sxy 0.2 → r = 0.2/√(1.2·5.2) = 8.0064 %;
 *       sorted x 0 0 1 1 1, sorted R 0 1 2 2 3 → Smax 2.2 → DE = 0.2/2.2 = 1/11 = 9.0909 % (< 15: flagged)
 *   i1: x̄ .4, R = 3 1 1 2 2 (R̄ 1.8, Σ² 2.8), Sxy 1.4 → r = 1.4/√3.36 = 76.3763 %; Smax 1.4 → DE 100 %
 *   i2: x̄ .6 (facility .6/2 = .3), R = 3 1 1 1 2 (R̄ 1.6, Σ² 3.2), Sxy 1.2 → r = 1.2/√3.84 = 61.2372 %;
 *       Smax 1.2 → DE 100 %
 *   i3: x̄ .6, R = 3 1 0 1 3 (R̄ 1.6, Σ² 7.2), Sxy −0.8 → r = −0.8/√8.64 = −27.2166 %;
 *       sorted R 0 1 1 3 3 → Smax 2.2 → DE = −0.8/2.2 = −4/11 = −36.3636 % (flagged twice)
 *
 * Cross-checked with two separate one-off python3 scripts (same output to 12 decimals), one with the
 * standard library (statistics.variance/stdev/correlation/covariance, covariance(sorted(x), sorted(R))
 * for the maximum), one with numpy 2.4 (var(ddof=1), corrcoef, cov of np.sort'ed columns):
 *   alpha 0.392156862745098
 *   i0 mean .6 facility .6 sd 0.547722557505 discrimination   8.006407690254 efficiency   9.090909090909
 *   i1 mean .4 facility .4 sd 0.547722557505 discrimination  76.376261582597 efficiency 100
 *   i2 mean .6 facility .3 sd 0.547722557505 discrimination  61.237243569579 efficiency 100
 *   i3 mean .6 facility .6 sd 0.547722557505 discrimination −27.216552697591 efficiency −36.363636363636
 */
const matrixA = [
  [1, 1, 1, 1],
  [1, 0, 0, 0],
  [0, 0, 0, 1],
  [0, 0, 1, 1],
  [1, 1, 1, 0],
];
const maxA = [1, 1, 2, 1];

/*
 * Reference case B — 8 students × 5 items with EDN partial credits (QRM 0.5/0.2) and ties, maxima
 * [1, 1, 1, 2, 1]. Computed only by the same two python3 scripts (stdlib and numpy agree to 12 dp).
 */
const matrixB = [
  [1, 0.5, 1, 2, 0.2],
  [1, 1, 0.5, 1.5, 1],
  [0.5, 0.2, 0, 1, 0],
  [1, 0.5, 1, 2, 1],
  [0, 0, 0.2, 0.5, 0],
  [0.5, 1, 0.5, 1, 0.2],
  [1, 0.2, 0, 0, 1],
  [0.2, 0, 0.5, 1.5, 0],
];
const maxB = [1, 1, 1, 2, 1];
const referenceB = {
  alpha: 0.7515580903104422,
  items: [
    { mean: 0.65, facility: 0.65, sd: 0.407080195679, discrimination: 66.823200341802, efficiency: 73.529411764706 },
    { mean: 0.425, facility: 0.425, sd: 0.402669662556, discrimination: 53.021628287064, efficiency: 57.677419354839 },
    { mean: 0.4625, facility: 0.4625, sd: 0.392564826312, discrimination: 70.787212139527, efficiency: 75.921542103483 },
    { mean: 1.1875, facility: 0.59375, sd: 0.703942976587, discrimination: 48.018014155581, efficiency: 51.311647429171 },
    { mean: 0.425, facility: 0.425, sd: 0.483292280687, discrimination: 38.125266409396, efficiency: 40.523560209424 },
  ],
};

describe("itemAnalysis — reference values", () => {
  it("matches case A (hand-worked, python-checked)", () => {
    const result = itemAnalysis(matrixA, maxA);
    expect(result.n).toBe(5);
    expect(result.k).toBe(4);
    expect(result.alpha).toBeCloseTo(20 / 51, 10);

    const expected = [
      { mean: 0.6, facility: 0.6, discrimination: 8.006407690254, efficiency: 100 / 11 },
      { mean: 0.4, facility: 0.4, discrimination: 76.376261582597, efficiency: 100 },
      { mean: 0.6, facility: 0.3, discrimination: 61.237243569579, efficiency: 100 },
      { mean: 0.6, facility: 0.6, discrimination: -27.216552697591, efficiency: -400 / 11 },
    ];
    result.items.forEach((item, i) => {
      expect(item.index).toBe(i);
      expect(item.max).toBe(maxA[i]);
      expect(item.mean).toBeCloseTo(expected[i].mean, 10);
      expect(item.facility).toBeCloseTo(expected[i].facility, 10);
      expect(item.sd).toBeCloseTo(Math.sqrt(0.3), 10);
      expect(item.discrimination).toBeCloseTo(expected[i].discrimination, 9);
      expect(item.efficiency).toBeCloseTo(expected[i].efficiency, 9);
    });

    // i0 discriminates positively but at 9 % of what its facility allows; i3 discriminates negatively.
    expect(result.items.map((item) => item.flagged)).toEqual([true, false, false, true]);
    expect(result.items[0].reasons).toEqual([
      { code: "low-efficiency", value: expect.closeTo(100 / 11, 9), threshold: 15 },
    ]);
    expect(result.items[3].reasons.map((r) => r.code)).toEqual(["negative-discrimination", "low-efficiency"]);
  });

  it("matches case B (fractional points, ties)", () => {
    const result = itemAnalysis(matrixB, maxB);
    expect(result.alpha).toBeCloseTo(referenceB.alpha, 10);
    result.items.forEach((item, i) => {
      const ref = referenceB.items[i];
      expect(item.mean).toBeCloseTo(ref.mean, 10);
      expect(item.facility).toBeCloseTo(ref.facility, 10);
      expect(item.sd).toBeCloseTo(ref.sd, 10);
      expect(item.discrimination).toBeCloseTo(ref.discrimination, 9);
      expect(item.efficiency).toBeCloseTo(ref.efficiency, 9);
      expect(item.flagged).toBe(false);
    });
  });

  it("does not depend on the order of students", () => {
    const reversed = itemAnalysis([...matrixB].reverse(), maxB);
    expect(reversed.alpha).toBeCloseTo(referenceB.alpha, 10);
    expect(reversed.items[3].efficiency).toBeCloseTo(referenceB.items[3].efficiency, 9);
  });
});

describe("itemAnalysis — edge cases", () => {
  it("all students with the same marks: alpha and discrimination undefined, nothing flagged", () => {
    const result = itemAnalysis([[1, 0, 2], [1, 0, 2], [1, 0, 2]], [1, 1, 2]);
    expect(result.alpha).toBeNull();
    for (const item of result.items) {
      expect(item.sd).toBe(0);
      expect(item.discrimination).toBeNull();
      expect(item.efficiency).toBeNull();
      expect(item.flagged).toBe(false);
    }
    expect(result.items.map((item) => item.facility)).toEqual([1, 0, 1]);
  });

  it("same total for everyone but items that vary: alpha undefined, correlations still defined", () => {
    // Totals 1, 1: zero total variance. Item 0 = 1 0 and its rest = 0 1 → r = −100 %, DE = −100 %.
    const result = itemAnalysis([[1, 0], [0, 1]], [1, 1]);
    expect(result.alpha).toBeNull();
    expect(result.items[0].discrimination).toBeCloseTo(-100, 10);
    expect(result.items[0].efficiency).toBeCloseTo(-100, 10);
    expect(result.items[0].flagged).toBe(true);
  });

  it("treats totals equal up to float noise as constant (0.1 + 0.2 vs 0.3)", () => {
    const result = itemAnalysis([[0.1, 0.2], [0.3, 0]], [1, 1]);
    expect(result.alpha).toBeNull();
  });

  it("one item: no alpha, no rest score to correlate with", () => {
    const result = itemAnalysis([[1], [0], [1], [0.5]], [1]);
    expect(result.k).toBe(1);
    expect(result.alpha).toBeNull();
    expect(result.items[0].mean).toBeCloseTo(0.625, 12);
    expect(result.items[0].discrimination).toBeNull();
    expect(result.items[0].efficiency).toBeNull();
    expect(result.items[0].flagged).toBe(false);
  });

  it("no student: one empty row per item, no alpha", () => {
    const result = itemAnalysis([], [1, 2]);
    expect(result).toEqual({
      n: 0,
      k: 2,
      alpha: null,
      items: [0, 1].map((index) => ({
        index,
        max: index + 1,
        mean: null,
        facility: null,
        sd: null,
        discrimination: null,
        efficiency: null,
        flagged: false,
        reasons: [],
      })),
    });
    expect(itemAnalysis([], [])).toEqual({ n: 0, k: 0, alpha: null, items: [] });
  });

  it("one student: sd 0, correlations and alpha undefined", () => {
    const result = itemAnalysis([[1, 0.5]], [1, 1]);
    expect(result.alpha).toBeNull();
    expect(result.items[1]).toMatchObject({ mean: 0.5, sd: 0, discrimination: null, efficiency: null });
  });

  it("an item worth 0 points has no facility", () => {
    expect(itemAnalysis([[0, 1], [0, 0]], [0, 1]).items[0].facility).toBeNull();
  });

  it("rejects a ragged matrix or a non-finite mark with the position", () => {
    expect(() => itemAnalysis([[1, 0], [1]], [1, 1])).toThrow(/row 1 has 1 values, expected 2/);
    expect(() => itemAnalysis([[1, Number.NaN]], [1, 1])).toThrow(/row 0.*index 1/);
  });

  it("keeps efficiency ≤ 100 % and alpha ≤ 1 on a cohort-sized matrix", () => {
    // 500 students × 40 items from a seeded generator (ability + noise), as a sanity net for the
    // rearrangement bound Cov ≤ CovMax and for the O(n·k + k·n log n) path on realistic sizes.
    // Park–Miller generator: the product stays below 2^53, so it is exact and reproducible.
    let seed = 42;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const matrix = Array.from({ length: 500 }, () => {
      const ability = random();
      return Array.from({ length: 40 }, () => (random() < 0.3 + 0.5 * ability ? 1 : random() < 0.3 ? 0.5 : 0));
    });
    const result = itemAnalysis(matrix, new Array(40).fill(1));
    expect(result.alpha).not.toBeNull();
    expect(result.alpha!).toBeLessThanOrEqual(1);
    expect(result.alpha!).toBeGreaterThan(0.5);
    for (const item of result.items) {
      expect(item.efficiency!).toBeLessThanOrEqual(100 + 1e-9);
      expect(Math.abs(item.discrimination!)).toBeLessThanOrEqual(100 + 1e-9);
      expect(item.discrimination!).toBeGreaterThan(0);
    }
  });
});
