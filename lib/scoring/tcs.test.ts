import { describe, expect, it } from "vitest";
import { scoreTcs } from "./tcs";

describe("TCS aggregate scoring", () => {
  // 15 experts: 0 / 1 / 4 / 8 / 2
  const panel = { "-2": 0, "-1": 1, "0": 4, "1": 8, "2": 2 };
  it.each([
    [1, 1],
    [0, 0.5],
    [2, 0.25],
    [-1, 0.125],
    [-2, 0],
  ] as const)("answer %i → credit %d", (value, credit) => expect(scoreTcs(panel, value).credit).toBe(credit));

  it("explains a partial credit with the modal answer", () => {
    expect(scoreTcs(panel, 0).reasons).toEqual([
      { rule: "tcs.partial", params: { given: "0", modal: ["+1"], experts: 4, modalExperts: 8, credit: 0.5 } },
    ]);
  });

  it("ties: both modal answers earn 1", () => {
    const tied = { "-2": 0, "-1": 5, "0": 5, "1": 2, "2": 0 };
    expect(scoreTcs(tied, -1)).toEqual({ credit: 1, reasons: [] });
    expect(scoreTcs(tied, 0).credit).toBe(1);
    expect(scoreTcs(tied, 1).credit).toBe(0.4);
    expect(scoreTcs(tied, 1).reasons[0].params?.modal).toEqual(["-1", "0"]);
  });
});
