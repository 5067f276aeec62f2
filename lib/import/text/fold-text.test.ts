import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text";

describe("foldText", () => {
  it("keeps the length and strips accents and case", () => {
    const text = "Hémoglobine À 10,6 g/dl — jusqu’à 51\u00a0000/µL, Évolution";
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("hemoglobine a 10,6 g/dl - jusqu'a 51 000/µl, evolution");
  });

  it("unifies the Greek mu with the micro sign", () => {
    expect(foldText("850 μg/L")).toBe("850 µg/l");
  });

  it("leaves surrogate pairs in place", () => {
    const text = "a😀b";
    expect(foldText(text)).toHaveLength(text.length);
  });
});
