import { describe, expect, it } from "vitest";
import { medianDurationByStage } from "./stage-durations";

describe("medianDurationByStage", () => {
  it("gives the median per stage in order of first appearance", () => {
    // python3 statistics.median([42000, 61000, 38000, 300000, 55000]) = 55000 (the 300 s outlier
    // does not move it); statistics.median([20000, 30000, 26000, 24000]) = 25000.0.
    const rows = [
      { stage: "s1", duration: 42000 },
      { stage: "s2", duration: 20000 },
      { stage: "s1", duration: 61000 },
      { stage: "s2", duration: 30000 },
      { stage: "s1", duration: 38000 },
      { stage: "s2", duration: 26000 },
      { stage: "s1", duration: 300000 },
      { stage: "s2", duration: 24000 },
      { stage: "s1", duration: 55000 },
    ];
    const result = medianDurationByStage(rows);
    expect([...result.keys()]).toEqual(["s1", "s2"]);
    expect(result.get("s1")).toEqual({ n: 5, median: 55000 });
    expect(result.get("s2")).toEqual({ n: 4, median: 25000 });
  });

  it("leaves out unfinished and impossible durations", () => {
    const result = medianDurationByStage([
      { stage: 1, duration: null },
      { stage: 1, duration: -5 },
      { stage: 1, duration: Number.NaN },
      { stage: 1, duration: 10 },
      { stage: 2, duration: null },
    ]);
    expect(result.get(1)).toEqual({ n: 1, median: 10 });
    expect(result.get(2)).toEqual({ n: 0, median: null });
  });
});
