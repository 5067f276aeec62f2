import { describe, expect, it } from "vitest";
import { choiceFrequencies } from "./choice-frequencies";

describe("choiceFrequencies", () => {
  it("counts single answers (QRU) in the given option order, zeros included", () => {
    const result = choiceFrequencies(["B", "A", "B", null, "B"], ["A", "B", "C", "D"]);
    expect(result).toEqual({
      respondents: 4,
      options: [
        { option: "A", count: 1, share: 0.25 },
        { option: "B", count: 3, share: 0.75 },
        { option: "C", count: 0, share: 0 },
        { option: "D", count: 0, share: 0 },
      ],
    });
  });

  it("counts each student once per option for multiple answers (QRM)", () => {
    const result = choiceFrequencies(
      [["A", "C"], ["A"], ["A", "A", "B"], [], undefined],
      ["A", "B", "C"],
    );
    // 4 respondents (the empty selection is an answer); A ticked by 3 students, B by 1, C by 1.
    expect(result.respondents).toBe(4);
    expect(result.options.map((o) => [o.option, o.count])).toEqual([["A", 3], ["B", 1], ["C", 1]]);
  });

  it("appends ids missing from the option list instead of dropping them", () => {
    const result = choiceFrequencies(["A", "Z"], ["A", "B"]);
    expect(result.options.map((o) => o.option)).toEqual(["A", "B", "Z"]);
  });

  it("handles numeric ids (TCS) and no respondents", () => {
    const tcs = choiceFrequencies<number>([-1, 0, 0, 2], [-2, -1, 0, 1, 2]);
    expect(tcs.options.map((o) => o.count)).toEqual([0, 1, 2, 0, 1]);
    expect(choiceFrequencies([null], ["A"])).toEqual({
      respondents: 0,
      options: [{ option: "A", count: 0, share: null }],
    });
  });
});
