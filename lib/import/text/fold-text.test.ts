import { describe, expect, it } from "vitest";
import { foldChar, foldText } from "./fold-text";

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

  it("folds every UTF-16 unit as foldChar does, on the decoder path (no surrogate) and the chunked one", () => {
    const all = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c)).join("");
    const withoutSurrogates = all.replace(/[\uD800-\uDFFF]/g, "");
    for (const text of [all, withoutSurrogates]) {
      const folded = foldText(text);
      expect(folded).toHaveLength(text.length);
      const wrong = [...Array(text.length).keys()].filter((i) => folded[i] !== foldChar(text[i]));
      expect(wrong).toEqual([]);
    }
  });

  it("keeps a leading byte order mark and a lone surrogate", () => {
    expect(foldText("\uFEFFÉté")).toBe("\uFEFFete");
    expect(foldText("a\uD800É")).toBe("a\uD800e");
  });
});
