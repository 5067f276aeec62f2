/** One decimal separator per locale for every number the player and the debrief show. */
import { describe, expect, it } from "vitest";
import { formatMark, formatPercent } from "./format";

describe("numbers in the learner's locale", () => {
  it("marks and points: a comma in French, a point in English", () => {
    expect([formatMark(12.5, "fr"), formatMark(12.5, "en"), formatMark(-0.25, "fr"), formatMark(41.75, "en")]).toEqual(["12,5", "12.5", "-0,25", "41.75"]);
  });

  it("percentages: a no-break space before % in French only", () => {
    expect([formatPercent(0.5, "fr"), formatPercent(0.5, "en"), formatPercent(2 / 3, "fr")]).toEqual(["50\u00a0%", "50%", "67\u00a0%"]);
  });
});
